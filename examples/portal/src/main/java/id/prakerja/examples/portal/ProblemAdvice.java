// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refused request is an RFC 9457 problem ({@code application/problem+json}): the portal's own
 * ({@link PortalProblem}) and Spring MVC's (unsupported media type, method not allowed, …). Nothing of the
 * request body is echoed, and a NIK or family-card number in the path is masked in the detail and the
 * {@code instance}.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(PortalProblem.class)
    ResponseEntity<ProblemDetail> portalProblem(PortalProblem e, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        p.setTitle(e.title());
        p.setType(URI.create("about:blank"));
        p.setInstance(instance(request.getRequestURI()));
        if (!e.violations().isEmpty()) {
            p.setProperty("violations", e.violations());
        }
        LOG.info("refused: {} {}", e.status().value(), e.getMessage()); // already masked
        return ResponseEntity.status(e.status()).body(p);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        LOG.info("refused: {} {}", statusCode.value(), ex.getClass().getSimpleName());
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail p) {
            // Spring's details can quote the path ("No static resource 3174….")
            if (p.getDetail() != null) {
                p.setDetail(Masking.mask(p.getDetail()));
            }
            if (request instanceof ServletWebRequest servlet) {
                p.setInstance(instance(servlet.getRequest().getRequestURI()));
            }
        }
        return response;
    }

    /**
     * The problem's {@code instance}: the request path, a NIK or family-card number in it masked. Set here
     * because Spring MVC would otherwise fill it with the raw path.
     */
    static URI instance(String path) {
        try {
            return new URI(null, null, Masking.mask(path), null);
        } catch (java.net.URISyntaxException e) {
            return URI.create("about:blank");
        }
    }
}
