// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.identity.Province;
import id.prakerja.core.program.WorkforceCategory;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Agreements the library ships as ready data.
 *
 * <pre>{@code
 * CooperationAgreement dki = Agreements.dkiJakarta2021();
 * dki.signingDate();   // 2021-09-17
 * dki.documentNumber(); // Optional.empty: not published
 * }</pre>
 */
public final class Agreements {

    /** The identifier of {@link #dkiJakarta2021()}, as activity records name it. */
    public static final String DKI_JAKARTA_2021 = "DKI-JAKARTA-PMO-2021";

    private static final CooperationAgreement DKI = buildDki();

    private Agreements() {}

    /**
     * The nota kesepakatan between Pemerintah Provinsi DKI Jakarta and the Manajemen Pelaksana Program
     * Kartu Prakerja on "Kerja Sama Dukungan Layanan Informasi Program Kartu Prakerja", signed on Friday
     * 17 September 2021 at Balai Kota DKI Jakarta.
     *
     * <ul>
     *   <li>Signatories: Marullah Matali, Sekretaris Daerah Provinsi DKI Jakarta, for Pemprov DKI; Denni
     *       Puspa Purbasari, Direktur Eksekutif of the Manajemen Pelaksana under the Kementerian Koordinator
     *       Bidang Perekonomian, for the management office.
     *   <li>Witness: Wakil Gubernur Ahmad Riza Patria, on behalf of Gubernur Anies Baswedan.
     *   <li>Objectives: the three {@link BuiltInObjective}s, in their order.
     *   <li>Region: the whole province of DKI Jakarta, that is its six regencies and cities (Kemendagri 3101,
     *       3171–3175; see {@code RegionDirectory.builtIn().regencies(Province.DKI_JAKARTA)}).
     *   <li>Audience: the labour force of DKI Jakarta (for information and digital literacy), modelled as
     *       every {@link WorkforceCategory}, and {@link RecipientGroup#CURRENT_RECIPIENTS current card
     *       recipients} (for the reminders).
     *   <li>Period: from the signing day to 31 December 2021. The only statement of a term is that the
     *       cooperation runs "selama tahun 2021" (kastara.id, one source: <em>likely</em>, not certain); no
     *       formal duration or expiry clause was published. The start is the signing day because the
     *       agreement did not exist before it.
     *   <li>Not known, so absent rather than invented: the document number, a formal term, a budget, any
     *       follow-on perjanjian kerja sama. The identifier {@value #DKI_JAKARTA_2021} is this library's
     *       key, not an official number.
     * </ul>
     *
     * <p>Sources: pwrionline.com/2021/09/pemprov-dki-jakarta-dan-pmo-telah-tandangani-program-kartu-prakerja/
     * (press release of 18 September 2021); jakarta.bisnis.com/read/20210918/77/1443915/…; voi.id/berita/
     * 86256/… (which calls it both nota kesepahaman and perjanjian kerja sama);
     * kastara.id/18/09/2021/pemprov-dki-dukung-layanan-informasi-program-kartu-prakerja/ (wrongly places the
     * management office in the Ministry of Manpower); radarnonstop.co/read/30473/…. All agree on the parties,
     * signatories, witness, date, place and the three objectives.
     *
     * @return the agreement; the same instance on every call
     */
    public static CooperationAgreement dkiJakarta2021() {
        return DKI;
    }

    private static CooperationAgreement buildDki() {
        Party dki = Party.of(
                "Pemerintah Provinsi DKI Jakarta", PartyKind.PROVINCIAL_GOVERNMENT, Region.of(Province.DKI_JAKARTA));
        Party pmo = Party.of("Manajemen Pelaksana Program Kartu Prakerja", PartyKind.PROGRAMME_MANAGEMENT_OFFICE);
        return CooperationAgreement.builder()
                .identifier(DKI_JAKARTA_2021)
                .type(AgreementType.MEMORANDUM_OF_UNDERSTANDING)
                .title("Kerja Sama Dukungan Layanan Informasi Program Kartu Prakerja")
                .scope("Pemerintah Provinsi DKI Jakarta memberikan bantuan teknis untuk penyebarluasan informasi dan"
                        + " edukasi masyarakat secara berkesinambungan guna mendorong pemanfaatan Kartu Prakerja;"
                        + " para pihak bersama-sama mendorong pemanfaatan penuh bantuan biaya pelatihan oleh"
                        + " penerima Kartu Prakerja di Provinsi DKI Jakarta.")
                .addParties(dki, pmo)
                .addSignatories(Signatory.of("Marullah Matali", "Sekretaris Daerah Provinsi DKI Jakarta", dki))
                .addSignatories(Signatory.of(
                        "Denni Puspa Purbasari",
                        "Direktur Eksekutif Manajemen Pelaksana Program Kartu Prakerja, Kementerian Koordinator"
                                + " Bidang Perekonomian",
                        pmo))
                .addWitnesses(Witness.of(
                        "Ahmad Riza Patria", "Wakil Gubernur DKI Jakarta", "Gubernur DKI Jakarta Anies Baswedan"))
                .signingDate(LocalDate.of(2021, 9, 17))
                .signingPlace("Balai Kota DKI Jakarta")
                .period(LocalDate.of(2021, 9, 17), LocalDate.of(2021, 12, 31))
                .region(AgreementRegion.wholeProvince(Province.DKI_JAKARTA))
                .addObjectives(
                        BuiltInObjective.INFORMATION_DISSEMINATION,
                        BuiltInObjective.DIGITAL_LITERACY,
                        BuiltInObjective.RECIPIENT_REMINDERS)
                .audience(TargetAudience.of(
                        EnumSet.allOf(WorkforceCategory.class), EnumSet.of(RecipientGroup.CURRENT_RECIPIENTS)))
                .build();
    }
}
