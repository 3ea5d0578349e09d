// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.portal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the portal refuses, answered as an RFC 9457 problem: its status, a title and a detail (never the
 * request's own digits: {@link Masking}), and for an unreadable body the violations that say why.
 */
final class PortalProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String title;
    private final transient List<Map<String, Object>> violations;

    PortalProblem(HttpStatus status, String title, String detail, List<Map<String, Object>> violations) {
        super(Masking.mask(detail), null, false, false);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    PortalProblem(HttpStatus status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    List<Map<String, Object>> violations() {
        return violations;
    }
}
