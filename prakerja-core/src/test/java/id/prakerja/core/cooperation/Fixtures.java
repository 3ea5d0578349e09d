// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import id.prakerja.core.identity.Province;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared test data: the DKI agreement, a valid activity under it and a way to assert one violation. */
final class Fixtures {

    static final CooperationAgreement DKI = Agreements.dkiJakarta2021();
    static final LocalDate FIRST_DAY = LocalDate.of(2021, 9, 17);
    static final LocalDate LAST_DAY = LocalDate.of(2021, 12, 31);

    static final Party PROVINCE = Party.of(
            "Pemerintah Provinsi DKI Jakarta", PartyKind.PROVINCIAL_GOVERNMENT, Region.of(Province.DKI_JAKARTA));
    static final Party PMO =
            Party.of("Manajemen Pelaksana Program Kartu Prakerja", PartyKind.PROGRAMME_MANAGEMENT_OFFICE);

    private Fixtures() {}

    /** A valid activity under the DKI agreement: a digital-literacy event in Jakarta Selatan. */
    static OutreachActivity.Builder activity() {
        return OutreachActivity.builder()
                .agreement(DKI)
                .date(LocalDate.of(2021, 10, 5))
                .region(Region.of(Province.DKI_JAKARTA, "3174"))
                .addObjective(BuiltInObjective.DIGITAL_LITERACY)
                .audience(TargetAudience.of(WorkforceCategory.JOB_SEEKER, WorkforceCategory.LAID_OFF))
                .channel(Channel.EVENT)
                .peopleReached(250);
    }

    /** A valid two-party agreement, to be broken one field at a time. */
    static CooperationAgreement.Builder agreement() {
        return CooperationAgreement.builder()
                .identifier("TEST-1")
                .type(AgreementType.MEMORANDUM_OF_UNDERSTANDING)
                .title("Kerja Sama Uji")
                .addParties(PROVINCE, PMO)
                .addSignatories(Signatory.of("A", "Sekretaris Daerah", PROVINCE))
                .addSignatories(Signatory.of("B", "Direktur Eksekutif", PMO))
                .signingDate(FIRST_DAY)
                .period(FIRST_DAY, LAST_DAY)
                .region(AgreementRegion.wholeProvince(Province.DKI_JAKARTA))
                .addObjectives(BuiltInObjective.INFORMATION_DISSEMINATION)
                .audience(TargetAudience.of(WorkforceCategory.JOB_SEEKER));
    }

    /** Arguments in order, e.g. {@code args("date", d, "start", s)}. */
    static Map<String, Object> args(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    /** Asserts that {@code violations} is exactly one violation with this code, field and arguments. */
    static void assertOnly(
            List<Violation> violations, RuleCode code, String field, Map<String, Object> arguments, String reference) {
        assertThat(violations).hasSize(1);
        assertViolation(violations.get(0), code, field, arguments, reference);
    }

    static void assertViolation(
            Violation v, RuleCode code, String field, Map<String, Object> arguments, String reference) {
        assertThat(v.code()).isEqualTo(code);
        assertThat(v.field()).as("field of %s", code).isEqualTo(field);
        assertThat(v.arguments()).as("arguments of %s", code).containsExactlyEntriesOf(arguments);
        assertThat(v.isError()).isTrue();
        assertThat(v.legalReference()).as("reference of %s", code).isPresent();
        assertThat(v.legalReference().get().citation()).isEqualTo(reference);
    }
}
