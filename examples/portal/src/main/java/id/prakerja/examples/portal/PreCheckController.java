// SPDX-License-Identifier: Apache-2.0
package id.prakerja.examples.portal;

import id.prakerja.core.eligibility.EligibilityChecker;
import id.prakerja.core.eligibility.Evaluation;
import id.prakerja.core.eligibility.PreCheck;
import id.prakerja.core.eligibility.RawApplicant;
import id.prakerja.core.identity.Nik;
import id.prakerja.core.validation.Messages;
import id.prakerja.json.BoundRecord;
import id.prakerja.json.PrakerjaModule;
import id.prakerja.json.PrakerjaSchemas;
import id.prakerja.json.RecordBinder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's API. One {@link JsonMapper} (Spring Boot's, with {@link PrakerjaModule}) serves both
 * languages: each response is written by the writer of the request's language
 * ({@link PrakerjaModule#writer}), kept per language.
 */
@RestController
@RequestMapping("/api/v1")
class PreCheckController {

    /** The most bytes of one request body (one applicant is a few hundred). */
    static final int MAX_BODY_BYTES = 64 * 1024;

    static final String SCHEMAS = "/api/v1/schemas/";
    private static final Logger LOG = LoggerFactory.getLogger(PreCheckController.class);

    private final EligibilityChecker checker;
    private final ObjectWriter indonesian;
    private final ObjectWriter english;

    PreCheckController(EligibilityChecker checker, JsonMapper mapper) {
        this.checker = checker;
        this.indonesian = PrakerjaModule.writer(mapper, PortalApplication.INDONESIAN);
        this.english = PrakerjaModule.writer(mapper, Locale.ENGLISH);
    }

    @Operation(
            summary = "Pre-check one applicant",
            description = "The applicant record (applicant.schema.json) in; the answer (pre-check.schema.json) out:"
                    + " decision, what would cure each violation, the inputs still to ask. Field problems are"
                    + " violations of the answer (200); a body that is not one JSON object is a problem (400).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(ref = SCHEMAS + "applicant.schema.json"))),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The answer, in the language of Accept-Language (id or en)",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(ref = SCHEMAS + "pre-check.schema.json"))),
                @ApiResponse(
                        responseCode = "400",
                        description = "Not JSON, not one object, or a bad wave or date",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "413",
                        description = "Body larger than 64 KiB",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
                @ApiResponse(
                        responseCode = "415",
                        description = "Not application/json",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    @PostMapping(
            value = "/pre-check",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> preCheck(
            HttpServletRequest request,
            @Parameter(description = "Apply the rules of this wave (1 to the latest)")
                    @RequestParam(name = "wave", required = false)
                    String wave,
            @Parameter(description = "Compute ages on this date (YYYY-MM-DD), rules of the wave in force then")
                    @RequestParam(name = "date", required = false)
                    String date,
            Locale locale)
            throws IOException {
        Evaluation at = evaluation(wave, date);
        byte[] body = body(request);
        BoundRecord<RawApplicant> bound = RecordBinder.applicants().bind(body);
        ObjectWriter writer = writer(locale);
        if (bound.value().isEmpty()) {
            throw new PortalProblem(
                    HttpStatus.BAD_REQUEST,
                    "Unreadable applicant",
                    "the body is not one JSON object of the applicant wire format",
                    violations(checker.preCheckUnreadable(at, bound.violations()), Messages.forLocale(locale)));
        }
        PreCheck answer = checker.preCheck(bound.value().get(), at, bound.violations());
        RawApplicant raw = bound.value().get();
        LOG.info(
                "pre-check nik={} wave={} eligible={} codes={} next={}",
                raw.nik() == null ? "-" : Nik.mask(raw.nik()),
                answer.decision().wave(),
                answer.isEligible(),
                answer.decision().codes(),
                answer.nextQuestion().orElse("-"));
        return json(writer.writeValueAsString(answer), locale);
    }

    @Operation(summary = "The eligibility rules in force at a wave, with their parameters and legal basis")
    @GetMapping(value = "/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> rules(
            @RequestParam(name = "wave", required = false) String wave,
            @RequestParam(name = "date", required = false) String date,
            Locale locale) {
        Evaluation.Resolved at = evaluation(wave, date).resolve(checker.programme(), java.util.OptionalInt.empty());
        return json(writer(locale).writeValueAsString(Catalogue.rules(checker, at, locale)), locale);
    }

    @Operation(summary = "Every wave the library knows, with its opening and evaluation dates and sources")
    @GetMapping(value = "/waves", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> waves(Locale locale) {
        return json(writer(locale).writeValueAsString(Catalogue.waves(checker.programme())), locale);
    }

    @Operation(summary = "The inputs a form asks at a wave, in asking order, with labels and choices")
    @GetMapping(value = "/inputs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> inputs(
            @RequestParam(name = "wave", required = false) String wave,
            @RequestParam(name = "date", required = false) String date,
            Locale locale) {
        List<String> fields = checker.missingInputs(RawApplicant.builder().build(), evaluation(wave, date));
        return json(writer(locale).writeValueAsString(Catalogue.inputs(fields, locale)), locale);
    }

    @Operation(summary = "A JSON Schema of prakerja's wire formats, as shipped in prakerja-json")
    @GetMapping(value = "/schemas/{file}", produces = "application/schema+json")
    ResponseEntity<String> schema(@PathVariable("file") String file) {
        if (!file.endsWith(".schema.json")) {
            throw new PortalProblem(HttpStatus.NOT_FOUND, "No such schema", "schemas are <name>.schema.json");
        }
        try {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/schema+json"))
                    .body(PrakerjaSchemas.text(file));
        } catch (IllegalArgumentException e) {
            throw new PortalProblem(HttpStatus.NOT_FOUND, "No such schema", e.getMessage());
        }
    }

    private ObjectWriter writer(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : indonesian;
    }

    private static ResponseEntity<String> json(String body, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, "en".equals(locale.getLanguage()) ? "en" : "id")
                .body(body);
    }

    /** The evaluation of {@code ?wave=} and {@code ?date=} (both: that wave's rules, ages on that date). */
    private Evaluation evaluation(String wave, String date) {
        LocalDate on = null;
        if (date != null) {
            try {
                on = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new PortalProblem(HttpStatus.BAD_REQUEST, "Bad date", "date must be YYYY-MM-DD, got " + date);
            }
        }
        try {
            if (wave != null) {
                int n;
                try {
                    n = Integer.parseInt(wave);
                } catch (NumberFormatException e) {
                    throw new PortalProblem(
                            HttpStatus.BAD_REQUEST, "Bad wave", "wave must be a whole number, got " + wave);
                }
                return on == null
                        ? Evaluation.atWave(checker.programme(), n)
                        : Evaluation.of(checker.programme(), n, on);
            }
            if (on != null) {
                Evaluation e = Evaluation.on(on);
                e.resolve(checker.programme(), java.util.OptionalInt.empty()); // before the first wave: refused
                return e;
            }
            return Evaluation.latest();
        } catch (IllegalArgumentException e) {
            throw new PortalProblem(HttpStatus.BAD_REQUEST, "Bad evaluation", e.getMessage());
        }
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private static PortalProblem tooLarge() {
        return new PortalProblem(
                HttpStatus.CONTENT_TOO_LARGE,
                "Body too large",
                "one applicant is expected: at most " + MAX_BODY_BYTES + " bytes");
    }

    /** The violations of an answer as the problem's {@code violations}: code, field, message. */
    private static List<Map<String, Object>> violations(PreCheck answer, Messages messages) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (var v : answer.decision().violations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", v.code().name());
            m.put("field", v.field());
            m.put(
                    "arguments",
                    v.arguments().entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    Map.Entry::getKey,
                                    e -> Masking.mask(String.valueOf(e.getValue())),
                                    (a, b) -> a,
                                    LinkedHashMap::new)));
            m.put("message", Masking.mask(messages.format(v)));
            out.add(m);
        }
        return out;
    }
}
