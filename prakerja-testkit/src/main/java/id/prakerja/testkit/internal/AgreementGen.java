// SPDX-License-Identifier: Apache-2.0
package id.prakerja.testkit.internal;

import id.prakerja.core.cooperation.AgreementPeriod;
import id.prakerja.core.cooperation.AgreementRegion;
import id.prakerja.core.cooperation.AgreementType;
import id.prakerja.core.cooperation.Agreements;
import id.prakerja.core.cooperation.BuiltInObjective;
import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.CooperationRules;
import id.prakerja.core.cooperation.Objective;
import id.prakerja.core.cooperation.Party;
import id.prakerja.core.cooperation.PartyKind;
import id.prakerja.core.cooperation.RecipientGroup;
import id.prakerja.core.cooperation.Region;
import id.prakerja.core.cooperation.Signatory;
import id.prakerja.core.cooperation.TargetAudience;
import id.prakerja.core.cooperation.Witness;
import id.prakerja.core.identity.Province;
import id.prakerja.core.identity.Regency;
import id.prakerja.core.identity.RegionDirectory;
import id.prakerja.core.identity.Sex;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.core.validation.RuleCode;
import id.prakerja.core.validation.Violation;
import id.prakerja.testkit.AgreementGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** The implementation of {@link AgreementGenerator}. */
public final class AgreementGen implements AgreementGenerator {

    static final CooperationRules RULES = CooperationRules.standard();

    private static final RegionDirectory DIRECTORY = RegionDirectory.builtIn();
    private static final AgreementGen STANDARD = new AgreementGen(null, null);

    private static final Set<RuleCode> CODES = Collections.unmodifiableSet(EnumSet.of(
            RuleCode.COOPERATION_PARTIES,
            RuleCode.COOPERATION_SIGNATORY,
            RuleCode.COOPERATION_PERIOD,
            RuleCode.COOPERATION_OBJECTIVES,
            RuleCode.COOPERATION_AUDIENCE));

    static final String PMO = "Manajemen Pelaksana Program Kartu Prakerja";

    private static final LocalDate FIRST_SIGNING = LocalDate.of(2020, 4, 1);
    private static final LocalDate LAST_SIGNING = LocalDate.of(2024, 12, 31);

    private static final List<String> TITLES = List.of(
            "Kerja Sama Dukungan Layanan Informasi Program Kartu Prakerja",
            "Sosialisasi dan Edukasi Program Kartu Prakerja",
            "Peningkatan Kompetensi Angkatan Kerja melalui Program Kartu Prakerja",
            "Percepatan Pemanfaatan Program Kartu Prakerja di Daerah",
            "Sinergi Program Kartu Prakerja dengan Layanan Ketenagakerjaan Daerah");

    /** Third parties: name and kind. */
    private static final List<Party> THIRD_PARTIES = List.of(
            Party.of("BPJS Ketenagakerjaan", PartyKind.OTHER),
            Party.of("Kementerian Ketenagakerjaan", PartyKind.MINISTRY),
            Party.of("Kamar Dagang dan Industri Indonesia", PartyKind.OTHER),
            Party.of("Kementerian Koordinator Bidang Perekonomian", PartyKind.MINISTRY));

    /** Custom objectives, none a built-in code. */
    static final List<Objective> CUSTOM_OBJECTIVES = List.of(
            Objective.custom(
                    "JOB_FAIR_REFERRALS",
                    "Merujuk pengunjung bursa kerja ke Program Kartu Prakerja",
                    "Refer job-fair visitors to the Kartu Prakerja programme"),
            Objective.custom(
                    "VILLAGE_OUTREACH", "Menyosialisasikan Program Kartu Prakerja hingga tingkat desa dan kelurahan"),
            Objective.custom(
                    "MIGRANT_WORKER_PREPARATION",
                    "Menyiapkan calon pekerja migran melalui pelatihan Program Kartu Prakerja"));

    private final Province province;
    private final RuleCode defect;

    private AgreementGen(Province province, RuleCode defect) {
        if (defect != null && !CODES.contains(defect)) {
            throw new IllegalArgumentException(defect + " " + whyNot(defect));
        }
        this.province = province;
        this.defect = defect;
    }

    /** Valid agreements of any province. */
    public static AgreementGen standard() {
        return STANDARD;
    }

    static String whyNot(RuleCode code) {
        if (code.name().startsWith("COOPERATION_ACTIVITY_")) {
            return "is a rule of outreach activities: use Cooperation.activities(agreement).breaking(" + code + ")";
        }
        switch (code.family()) {
            case PARTICIPATION:
                return "is a rule of participation histories: use Participations.valid().breaking(" + code + ")";
            case FEED:
            case RECORD:
                return "is a property of a feed or its JSON text: use Feeds.ndjson()";
            default:
                return "is a rule of applicants, not of cooperation agreements: use Applicants.valid().breaking(" + code
                        + ")";
        }
    }

    @Override
    public AgreementGenerator province(Province p) {
        return new AgreementGen(Objects.requireNonNull(p, "province"), defect);
    }

    @Override
    public AgreementGenerator breaking(RuleCode code) {
        return new AgreementGen(province, Objects.requireNonNull(code, "code"));
    }

    @Override
    public AgreementGenerator withoutDefect() {
        return new AgreementGen(province, null);
    }

    @Override
    public Optional<RuleCode> defect() {
        return Optional.ofNullable(defect);
    }

    @Override
    public List<RuleCode> expectedCodes() {
        return defect == null ? List.of() : List.of(defect);
    }

    @Override
    public Set<RuleCode> breakableCodes() {
        return CODES;
    }

    @Override
    public boolean meetsContract(CooperationAgreement agreement) {
        return codes(RULES.validate(agreement).violations()).equals(expectedCodes());
    }

    static List<RuleCode> codes(List<Violation> violations) {
        List<RuleCode> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(v.code());
        }
        return out;
    }

    // ---------------------------------------------------------------- random values

    @Override
    public CooperationAgreement next(RandomGenerator r) {
        CooperationAgreement valid = valid(r);
        return defect == null ? valid : breakRandomly(valid, r);
    }

    private CooperationAgreement valid(RandomGenerator r) {
        LocalDate signed = Dates.between(r, FIRST_SIGNING, LAST_SIGNING);
        Province p = province != null ? province : Regions.drawProvince(r, signed);
        List<String> named = namedRegencies(p);
        Party government;
        AgreementRegion region;
        String where;
        if (!named.isEmpty() && r.nextInt(3) == 0) {
            String regency = Names.pick(r, named);
            where = DIRECTORY.regency(regency).map(Regency::name).orElseThrow();
            government = Party.of("Pemerintah " + where, PartyKind.REGENCY_GOVERNMENT, Region.of(p, regency));
            region = AgreementRegion.of(p, List.of(regency));
        } else {
            where = "Provinsi " + p.indonesianName();
            government = Party.of("Pemerintah " + where, PartyKind.PROVINCIAL_GOVERNMENT, Region.of(p));
            if (r.nextInt(4) == 0) {
                List<String> all = new ArrayList<>(Regions.regencies(p, signed));
                Collections.shuffle(all, new java.util.Random(r.nextLong()));
                region = AgreementRegion.of(p, all.subList(0, Math.min(all.size(), r.nextInt(1, 4))));
            } else {
                region = AgreementRegion.wholeProvince(p);
            }
        }
        Party pmo = Party.of(PMO, PartyKind.PROGRAMME_MANAGEMENT_OFFICE);
        CooperationAgreement.Builder b = CooperationAgreement.builder()
                .identifier(identifier(p, signed, r.nextInt(1, 1000)))
                .type(type(r))
                .title(Names.pick(r, TITLES))
                .addParties(government, pmo)
                .addSignatories(Signatory.of(person(r), signatoryPosition(r, where), government))
                .addSignatories(Signatory.of(person(r), "Direktur Eksekutif " + PMO, pmo))
                .signingDate(signed)
                .region(region);
        if (r.nextInt(5) == 0) {
            Party third = Names.pick(r, THIRD_PARTIES);
            b.addParties(third).addSignatories(Signatory.of(person(r), "Pimpinan " + third.name(), third));
        }
        if (r.nextInt(3) == 0) {
            b.addWitnesses(Witness.of(person(r), "Wakil " + head(where)));
        }
        if (r.nextInt(3) == 0) {
            b.documentNumber(r.nextInt(1, 500) + "/NK/" + p.code() + "/" + signed.getYear());
        }
        if (r.nextInt(2) == 0) {
            b.signingPlace(
                    "Kantor " + (government.kind() == PartyKind.PROVINCIAL_GOVERNMENT ? "Gubernur " : "") + where);
        }
        if (r.nextInt(2) == 0) {
            b.scope("Para pihak bekerja sama menyebarluaskan informasi dan mendorong pemanfaatan Program Kartu"
                    + " Prakerja di " + where + ".");
        }
        if (r.nextInt(10) != 0) {
            LocalDate start;
            int shape = r.nextInt(5);
            if (shape < 3) {
                start = signed;
            } else if (shape == 3) {
                start = signed.plusDays(r.nextInt(1, 31));
            } else {
                start = signed.minusDays(r.nextInt(1, 61));
            }
            LocalDate from = start.isAfter(signed) ? start : signed;
            b.period(start, from.plusDays(r.nextInt(0, 731)));
        }
        List<Objective> objectives = new ArrayList<>();
        for (BuiltInObjective o : BuiltInObjective.values()) {
            if (r.nextInt(5) < 3) {
                objectives.add(o);
            }
        }
        if (r.nextInt(5) == 0 || objectives.isEmpty()) {
            objectives.add(Names.pick(r, CUSTOM_OBJECTIVES));
        }
        b.objectives(objectives);
        Set<WorkforceCategory> categories = EnumSet.noneOf(WorkforceCategory.class);
        for (WorkforceCategory c : WorkforceCategory.values()) {
            if (r.nextBoolean()) {
                categories.add(c);
            }
        }
        Set<RecipientGroup> groups = objectives.contains(BuiltInObjective.RECIPIENT_REMINDERS) || r.nextBoolean()
                ? EnumSet.of(RecipientGroup.CURRENT_RECIPIENTS)
                : EnumSet.noneOf(RecipientGroup.class);
        if (categories.isEmpty() && groups.isEmpty()) {
            categories.add(WorkforceCategory.JOB_SEEKER);
        }
        b.audience(TargetAudience.of(categories, groups));
        return b.build();
    }

    private CooperationAgreement breakRandomly(CooperationAgreement a, RandomGenerator r) {
        switch (defect) {
            case COOPERATION_PARTIES:
                return r.nextBoolean() ? onlyFirstParty(a) : sameName(a);
            case COOPERATION_SIGNATORY:
                return unsigned(
                        a, a.parties().get(r.nextInt(a.parties().size())).name());
            case COOPERATION_PERIOD: {
                AgreementPeriod p = a.period()
                        .orElse(AgreementPeriod.of(
                                a.signingDate(), a.signingDate().plusYears(1)));
                if (r.nextBoolean()) {
                    return copy(a).period(p.start(), p.start().minusDays(r.nextInt(1, 366)))
                            .build();
                }
                return copy(a).period(p)
                        .signingDate(p.end().plusDays(r.nextInt(1, 366)))
                        .build();
            }
            case COOPERATION_OBJECTIVES:
                return copy(a).objectives(List.of()).build();
            default:
                return copy(a).audience(TargetAudience.none()).build();
        }
    }

    // ---------------------------------------------------------------- edge cases

    @Override
    public List<CooperationAgreement> edgeCases() {
        CooperationAgreement dki = Agreements.dkiJakarta2021();
        boolean withDki = province == null || province == Province.DKI_JAKARTA;
        CooperationAgreement base = withDki ? dki : valid(id.prakerja.testkit.Seeds.random(0x5EED_C00L));
        return defect == null ? validEdges(base, withDki) : breakingEdges(base);
    }

    private List<CooperationAgreement> validEdges(CooperationAgreement base, boolean withDki) {
        List<CooperationAgreement> out = new ArrayList<>();
        if (withDki) {
            out.add(base);
        }
        LocalDate s = base.signingDate();
        Province p = base.region().province();
        // a one-day period, signed on that day
        out.add(copy(base).period(s, s).build());
        // signed on the last day of its period
        out.add(copy(base).period(s.minusDays(30), s).build());
        // a period that starts before the signing
        out.add(copy(base).period(s.minusDays(60), s.plusDays(300)).build());
        // no period: the term is not known
        out.add(copy(base).period(Optional.empty()).build());
        // one regency, under its own government (where the region directory names regencies)
        List<String> named = namedRegencies(p);
        if (!named.isEmpty()) {
            String regency = named.get(0);
            String name = DIRECTORY.regency(regency).map(Regency::name).orElseThrow();
            Party gov = Party.of("Pemerintah " + name, PartyKind.REGENCY_GOVERNMENT, Region.of(p, regency));
            Party pmo = Party.of(PMO, PartyKind.PROGRAMME_MANAGEMENT_OFFICE);
            out.add(copy(base)
                    .parties(List.of(gov, pmo))
                    .signatories(List.of(
                            Signatory.of("Budi Santoso", "Sekretaris Daerah " + name, gov),
                            Signatory.of("Siti Rahayu", "Direktur Eksekutif " + PMO, pmo)))
                    .witnesses(List.of())
                    .region(AgreementRegion.of(p, List.of(regency)))
                    .build());
        }
        // three parties, each signed
        Party third = THIRD_PARTIES.get(0);
        out.add(copy(base)
                .addParties(third)
                .addSignatories(Signatory.of("Agus Setiawan", "Direktur Kepesertaan " + third.name(), third))
                .build());
        // a custom objective only, aimed at current recipients only
        out.add(copy(base)
                .objectives(List.of(CUSTOM_OBJECTIVES.get(0)))
                .audience(TargetAudience.currentRecipients())
                .build());
        // one workforce category, every built-in objective
        out.add(copy(base)
                .objectives(List.of(BuiltInObjective.values()))
                .audience(TargetAudience.of(WorkforceCategory.JOB_SEEKER))
                .build());
        // a party name of 200 characters and an identifier of 100
        Party first = base.parties().get(0);
        String longName = padded(
                first.name() + " bersama Dinas Tenaga Kerja, Transmigrasi dan Energi",
                Party.MAX_NAME_LENGTH,
                " dan Mitra");
        Party longParty = first.region().isPresent()
                ? Party.of(longName, first.kind(), first.region().get())
                : Party.of(longName, first.kind());
        List<Party> parties = new ArrayList<>(base.parties());
        parties.set(0, longParty);
        List<Signatory> signatories = new ArrayList<>();
        for (Signatory sig : base.signatories()) {
            signatories.add(
                    sig.party().equals(first.name()) ? Signatory.of(sig.name(), sig.position(), longParty) : sig);
        }
        out.add(copy(base)
                .identifier(padded(base.identifier() + "-ADENDUM", CooperationAgreement.MAX_IDENTIFIER_LENGTH, "-1"))
                .parties(parties)
                .signatories(signatories)
                .build());
        return List.copyOf(out);
    }

    private List<CooperationAgreement> breakingEdges(CooperationAgreement base) {
        List<CooperationAgreement> out = new ArrayList<>();
        switch (defect) {
            case COOPERATION_PARTIES:
                out.add(onlyFirstParty(base));
                out.add(sameName(base));
                out.add(copy(base).parties(List.of()).signatories(List.of()).build());
                break;
            case COOPERATION_SIGNATORY:
                for (Party p : base.parties()) {
                    out.add(unsigned(base, p.name()));
                }
                break;
            case COOPERATION_PERIOD: {
                AgreementPeriod p = base.period().orElse(AgreementPeriod.of(base.signingDate(), base.signingDate()));
                // ends the day before it starts
                out.add(copy(base).period(p.start(), p.start().minusDays(1)).build());
                // signed the day after it ended
                out.add(copy(base).period(p).signingDate(p.end().plusDays(1)).build());
                break;
            }
            case COOPERATION_OBJECTIVES:
                out.add(copy(base).objectives(List.of()).build());
                break;
            default:
                out.add(copy(base).audience(TargetAudience.none()).build());
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- shrinking

    @Override
    public List<CooperationAgreement> shrink(CooperationAgreement failing) {
        List<CooperationAgreement> candidates = new ArrayList<>();
        if (!failing.witnesses().isEmpty()) {
            candidates.add(copy(failing).witnesses(List.of()).build());
        }
        if (failing.documentNumber().isPresent()
                || failing.scope().isPresent()
                || failing.signingPlace().isPresent()) {
            candidates.add(copy(failing)
                    .documentNumber(Optional.empty())
                    .scope(Optional.empty())
                    .signingPlace(Optional.empty())
                    .build());
        }
        if (failing.parties().size() > 2) {
            Set<String> kept = new LinkedHashSet<>();
            kept.add(failing.parties().get(0).name());
            kept.add(failing.parties().get(1).name());
            List<Signatory> signatories = new ArrayList<>();
            for (Signatory s : failing.signatories()) {
                if (kept.contains(s.party())) {
                    signatories.add(s);
                }
            }
            candidates.add(copy(failing)
                    .parties(failing.parties().subList(0, 2))
                    .signatories(signatories)
                    .build());
        }
        if (failing.objectives().size() > 1) {
            candidates.add(
                    copy(failing).objectives(failing.objectives().subList(0, 1)).build());
        }
        TargetAudience audience = failing.audience();
        if (audience.workforceCategories().size() + audience.recipientGroups().size() > 1) {
            candidates.add(copy(failing)
                    .audience(
                            audience.workforceCategories().isEmpty()
                                    ? TargetAudience.currentRecipients()
                                    : TargetAudience.of(audience.workforceCategories()
                                            .iterator()
                                            .next()))
                    .build());
        }
        if (failing.region().restrictsRegencies()) {
            candidates.add(copy(failing)
                    .region(AgreementRegion.wholeProvince(failing.region().province()))
                    .build());
        }
        List<CooperationAgreement> out = new ArrayList<>();
        for (CooperationAgreement c : candidates) {
            if (!c.equals(failing) && !out.contains(c) && meetsContract(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- building blocks

    static CooperationAgreement.Builder copy(CooperationAgreement a) {
        CooperationAgreement.Builder b = CooperationAgreement.builder();
        b.from(a);
        return b;
    }

    /** Only the first party, with its signatories. */
    private static CooperationAgreement onlyFirstParty(CooperationAgreement a) {
        Party first = a.parties().get(0);
        List<Signatory> signatories = new ArrayList<>();
        for (Signatory s : a.signatories()) {
            if (s.party().equals(first.name())) {
                signatories.add(s);
            }
        }
        return copy(a).parties(List.of(first)).signatories(signatories).build();
    }

    /** Every party renamed to the first party's name (so one distinct party, every signatory still valid). */
    private static CooperationAgreement sameName(CooperationAgreement a) {
        String name = a.parties().get(0).name();
        List<Party> parties = new ArrayList<>();
        for (Party p : a.parties()) {
            parties.add(
                    p.region().isPresent() ? Party.of(name, p.kind(), p.region().get()) : Party.of(name, p.kind()));
        }
        List<Signatory> signatories = new ArrayList<>();
        for (Signatory s : a.signatories()) {
            signatories.add(Signatory.of(s.name(), s.position(), name));
        }
        return copy(a).parties(parties).signatories(signatories).build();
    }

    /** Without the signatories of the party named {@code party}. */
    private static CooperationAgreement unsigned(CooperationAgreement a, String party) {
        List<Signatory> signatories = new ArrayList<>();
        for (Signatory s : a.signatories()) {
            if (!s.party().equals(party)) {
                signatories.add(s);
            }
        }
        return copy(a).signatories(signatories).build();
    }

    /** The regency codes of {@code p} that the built-in directory names (current ones). */
    static List<String> namedRegencies(Province p) {
        List<String> out = new ArrayList<>();
        for (Regency r : DIRECTORY.regencies(p)) {
            if (!r.isRetired()) {
                out.add(r.code());
            }
        }
        return out;
    }

    private static String identifier(Province p, LocalDate signed, int serial) {
        String name = p.indonesianName().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
        return name + "-PMO-" + signed.getYear() + "-" + String.format("%03d", serial);
    }

    private static AgreementType type(RandomGenerator r) {
        int n = r.nextInt(10);
        return n < 6
                ? AgreementType.MEMORANDUM_OF_UNDERSTANDING
                : n < 9 ? AgreementType.COOPERATION_AGREEMENT : AgreementType.OTHER;
    }

    private static String person(RandomGenerator r) {
        return Names.draw(r, r.nextBoolean() ? Sex.MALE : Sex.FEMALE);
    }

    /** The head of a government: Gubernur, Bupati or Wali Kota. */
    private static String head(String where) {
        if (where.startsWith("Provinsi ")) {
            return "Gubernur " + where.substring("Provinsi ".length());
        }
        return where.startsWith("Kota")
                ? "Wali Kota" + where.substring("Kota".length())
                : "Bupati" + where.substring(where.startsWith("Kabupaten") ? "Kabupaten".length() : 0);
    }

    private static String signatoryPosition(RandomGenerator r, String where) {
        switch (r.nextInt(3)) {
            case 0:
                return "Sekretaris Daerah " + where;
            case 1:
                return "Kepala Dinas Tenaga Kerja " + where;
            default:
                return head(where);
        }
    }

    /** {@code text} padded with {@code filler} and cut to exactly {@code length} characters, not ending blank. */
    private static String padded(String text, int length, String filler) {
        StringBuilder sb = new StringBuilder(text);
        while (sb.length() < length) {
            sb.append(filler);
        }
        String s = sb.substring(0, length);
        return s.endsWith(" ") ? s.substring(0, length - 1) + "a" : s;
    }

    @Override
    public String toString() {
        return "AgreementGenerator[" + (province == null ? "any province" : province)
                + (defect == null ? "" : ", breaking " + defect) + "]";
    }
}
