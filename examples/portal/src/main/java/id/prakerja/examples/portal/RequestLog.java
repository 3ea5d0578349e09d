// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** One log line per API request: method, path, query (masked), status and time. Never a body. */
@Component
class RequestLog extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getRequestURI().startsWith("/api/")) {
                String query = request.getQueryString();
                LOG.info(
                        "{} {}{} -> {} in {} ms",
                        request.getMethod(),
                        Masking.mask(request.getRequestURI()),
                        query == null ? "" : "?" + Masking.mask(query),
                        response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
