// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.portal;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.json.PrakerjaModule;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * A small portal on prakerja: {@code POST /api/v1/pre-check}, {@code GET /api/v1/rules}, {@code GET
 * /api/v1/waves}, {@code GET /api/v1/inputs}, the JSON Schemas under {@code /api/v1/schemas/}, an OpenAPI 3
 * document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}) and a page at {@code /}.
 *
 * <p>The library is used as Spring beans: the {@link EligibilityChecker} and the Jackson 3 module
 * {@link PrakerjaModule}, which Spring Boot 4 registers in its one {@code JsonMapper} because it is a
 * {@code JacksonModule} bean.
 */
@SpringBootApplication
public class PortalApplication {

    /** Bahasa Indonesia, the portal's default language. */
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** Starts the portal. */
    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /** The checker: immutable and thread-safe, one for the application. */
    @Bean
    EligibilityChecker eligibilityChecker() {
        return EligibilityChecker.standard();
    }

    /**
     * prakerja's Jackson module, found by Spring Boot as a bean and added to its mapper. Messages are written in
     * Bahasa Indonesia unless a writer asks for another language ({@link PrakerjaModule#LANGUAGE}).
     */
    @Bean
    PrakerjaModule prakerjaModule() {
        return new PrakerjaModule();
    }

    /** {@code Accept-Language}: {@code id} (the default, also for any other language) or {@code en}. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver r = new AcceptHeaderLocaleResolver();
        r.setSupportedLocales(List.of(INDONESIAN, Locale.ENGLISH));
        r.setDefaultLocale(INDONESIAN);
        return r;
    }
}
