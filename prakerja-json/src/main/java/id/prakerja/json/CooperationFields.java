// SPDX-License-Identifier: Apache-2.0
package id.prakerja.json;

import id.prakerja.core.cooperation.AgreementPeriod;
import id.prakerja.core.cooperation.AgreementRegion;
import id.prakerja.core.cooperation.AgreementType;
import id.prakerja.core.cooperation.BuiltInObjective;
import id.prakerja.core.cooperation.Channel;
import id.prakerja.core.cooperation.CooperationAgreement;
import id.prakerja.core.cooperation.CustomObjective;
import id.prakerja.core.cooperation.Objective;
import id.prakerja.core.cooperation.OutreachActivity;
import id.prakerja.core.cooperation.Party;
import id.prakerja.core.cooperation.PartyKind;
import id.prakerja.core.cooperation.RecipientGroup;
import id.prakerja.core.cooperation.Region;
import id.prakerja.core.cooperation.Signatory;
import id.prakerja.core.cooperation.TargetAudience;
import id.prakerja.core.cooperation.Witness;
import id.prakerja.core.identity.Province;
import id.prakerja.core.internal.Digits;
import id.prakerja.core.program.WorkforceCategory;
import id.prakerja.json.internal.BindContext;
import id.prakerja.json.internal.Located;
import id.prakerja.json.internal.ObjectFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The binding of the cooperation agreement and outreach activity records ({@code wire-formats.md},
 * "Cooperation agreement and outreach activity records") to {@link CooperationAgreement} and
 * {@link OutreachActivity}, with the parts they share: regions and audiences.
 */
final class CooperationFields {

    /** {@code expected} of a regency code that is not 4 digits starting with the province code. */
    static String regencyExpected(String provinceCode) {
        return "a four-digit Kemendagri regency code starting with " + provinceCode;
    }

    /** {@code expected} of an agreement-specific objective code that is not one. */
    static final String OBJECTIVE_CODE = "an UPPER_SNAKE code (A-Z, 0-9, _; a letter first) of at most "
            + CustomObjective.MAX_CODE_LENGTH + " characters";

    private CooperationFields() {}

    /** The agreement record. */
    static final class Agreements {

        static final TypedBinding.Pair<CooperationAgreement> BINDINGS =
                TypedBinding.pair("cooperation agreement", Agreements::bind);

        private Agreements() {}

        private static CooperationAgreement bind(Located record) {
            BindContext.Scope binding = record.context().scope();
            ObjectFields o = record.object();
            CooperationAgreement.Builder b = CooperationAgreement.builder();
            String identifier = o.required("identifier").text(CooperationAgreement.MAX_IDENTIFIER_LENGTH);
            AgreementType type = o.required("type").enumValue(AgreementType.class);
            String documentNumber = o.optional("documentNumber").text();
            String title = o.required("title").text();
            String scope = o.optional("scope").text();
            List<Party> parties = parties(o.required("parties"));
            List<Signatory> signatories = signatories(o.required("signatories"), parties);
            List<Witness> witnesses = witnesses(o.optional("witnesses"));
            LocalDate signingDate = o.required("signingDate").date();
            String signingPlace = o.optional("signingPlace").text();
            AgreementPeriod period = period(o.optional("period"));
            AgreementRegion region = agreementRegion(o.required("region"));
            List<Objective> objectives = objectives(o.required("objectives"));
            TargetAudience audience = audience(o.required("audience"));
            o.end();
            if (binding.failed()) {
                return null;
            }
            b.identifier(identifier).type(type).title(title).signingDate(signingDate);
            b.region(region).audience(audience);
            b.addAllParties(parties).addAllSignatories(signatories).addAllWitnesses(witnesses);
            b.addAllObjectives(objectives);
            if (documentNumber != null) {
                b.documentNumber(documentNumber);
            }
            if (scope != null) {
                b.scope(scope);
            }
            if (signingPlace != null) {
                b.signingPlace(signingPlace);
            }
            if (period != null) {
                b.period(period);
            }
            return b.build();
        }

        private static List<Party> parties(Located f) {
            List<Located> elements = f.array();
            List<Party> out = new ArrayList<>();
            if (elements == null) {
                return null;
            }
            boolean ok = true;
            for (Located e : elements) {
                BindContext.Scope binding = e.context().scope();
                ObjectFields o = e.object("name", "kind", "region");
                if (o == null) {
                    ok = false;
                    continue;
                }
                String name = o.required("name").text(Party.MAX_NAME_LENGTH);
                PartyKind kind = o.required("kind").enumValue(PartyKind.class);
                Located regionField = o.optional("region");
                Region region = region(regionField);
                o.end();
                if (binding.failed()) {
                    ok = false;
                } else {
                    out.add(region == null ? Party.of(name, kind) : Party.of(name, kind, region));
                }
            }
            return ok ? out : null;
        }

        private static List<Signatory> signatories(Located f, List<Party> parties) {
            List<Located> elements = f.array();
            if (elements == null) {
                return null;
            }
            Set<String> names = new HashSet<>();
            if (parties != null) {
                parties.forEach(p -> names.add(p.name()));
            }
            List<Signatory> out = new ArrayList<>();
            for (Located e : elements) {
                BindContext.Scope binding = e.context().scope();
                ObjectFields o = e.object("name", "position", "party");
                if (o == null) {
                    continue;
                }
                String name = o.required("name").text();
                String position = o.required("position").text();
                Located partyField = o.required("party");
                String party = partyField.text();
                // the parties' names are known only when the parties were read without error
                if (party != null && parties != null && !names.contains(party)) {
                    partyField.invalidValue("the name of one of the agreement's parties");
                }
                o.end();
                if (!binding.failed()) {
                    out.add(Signatory.of(name, position, party));
                }
            }
            return out;
        }

        private static List<Witness> witnesses(Located f) {
            List<Witness> out = new ArrayList<>();
            if (!f.isPresent()) {
                return out;
            }
            List<Located> elements = f.array();
            if (elements == null) {
                return null;
            }
            for (Located e : elements) {
                BindContext.Scope binding = e.context().scope();
                ObjectFields o = e.object("name", "position", "onBehalfOf");
                if (o == null) {
                    continue;
                }
                String name = o.required("name").text();
                String position = o.required("position").text();
                String onBehalfOf = o.optional("onBehalfOf").text();
                o.end();
                if (!binding.failed()) {
                    out.add(onBehalfOf == null ? Witness.of(name, position) : Witness.of(name, position, onBehalfOf));
                }
            }
            return out;
        }

        private static AgreementPeriod period(Located f) {
            ObjectFields o = f.object("start", "end");
            if (o == null) {
                return null;
            }
            LocalDate start = o.required("start").date();
            LocalDate end = o.required("end").date();
            o.end();
            return start == null || end == null ? null : AgreementPeriod.of(start, end);
        }

        private static AgreementRegion agreementRegion(Located f) {
            BindContext.Scope binding = f.context().scope();
            ObjectFields o = f.object("provinceCode", "regencyCodes");
            if (o == null) {
                return null;
            }
            Province province = o.required("provinceCode").province();
            Located codesField = o.optional("regencyCodes");
            List<String> codes = new ArrayList<>();
            if (codesField.isPresent()) {
                List<Located> elements = codesField.array();
                if (elements != null) {
                    for (Located e : elements) {
                        String code = regency(e, province);
                        if (code != null) {
                            codes.add(code);
                        }
                    }
                }
            }
            o.end();
            return binding.failed() ? null : AgreementRegion.of(province, codes);
        }

        private static List<Objective> objectives(Located f) {
            List<Located> elements = f.array();
            if (elements == null) {
                return null;
            }
            List<Objective> out = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (Located e : elements) {
                BindContext.Scope binding = e.context().scope();
                ObjectFields o = e.object("code", "indonesian", "english");
                if (o == null) {
                    continue;
                }
                Located codeField = o.required("code");
                String code = codeField.string();
                Located indonesianField = o.optional("indonesian");
                Located englishField = o.optional("english");
                Objective objective = null;
                if (code != null) {
                    BuiltInObjective builtIn = BuiltInObjective.find(code).orElse(null);
                    if (builtIn != null) {
                        noWording(indonesianField);
                        noWording(englishField);
                        objective = builtIn;
                    } else if (!isUpperSnake(code)) {
                        codeField.invalidValue(OBJECTIVE_CODE);
                    } else {
                        o.require(indonesianField);
                        String indonesian = indonesianField.text();
                        String english = englishField.text();
                        if (indonesian != null && (english != null || !englishField.isPresent())) {
                            objective = english == null
                                    ? Objective.custom(code, indonesian)
                                    : Objective.custom(code, indonesian, english);
                        }
                    }
                    if (code != null && !codes.add(code)) {
                        codeField.invalidValue("a code not listed before in the agreement's objectives");
                    }
                }
                o.end();
                if (objective != null && !binding.failed()) {
                    out.add(objective);
                }
            }
            return out;
        }

        private static void noWording(Located f) {
            if (f.isPresent()) {
                f.invalidValue("no wording: the library holds the wording of a built-in objective");
            }
        }

        private static boolean isUpperSnake(String s) {
            if (s.isEmpty() || s.length() > CustomObjective.MAX_CODE_LENGTH || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
                return false;
            }
            for (int i = 1; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The activity record. */
    static final class Activities {

        static final TypedBinding.Pair<OutreachActivity> BINDINGS =
                TypedBinding.pair("outreach activity", Activities::bind);

        private Activities() {}

        private static OutreachActivity bind(Located record) {
            BindContext.Scope binding = record.context().scope();
            ObjectFields o = record.object();
            String agreement = o.required("agreement").text(CooperationAgreement.MAX_IDENTIFIER_LENGTH);
            LocalDate date = o.required("date").date();
            Located regionField = o.required("region");
            Region region = region(regionField);
            Set<String> objectives = codes(o.required("objectives"));
            TargetAudience audience = audience(o.required("audience"));
            Channel channel = o.required("channel").enumValue(Channel.class);
            Long reached = o.optional("peopleReached").integer(Long.MIN_VALUE, Long.MAX_VALUE);
            String description = o.optional("description").text();
            o.end();
            if (binding.failed()) {
                return null;
            }
            OutreachActivity.Builder b = OutreachActivity.builder()
                    .agreement(agreement)
                    .date(date)
                    .region(region)
                    .addAllObjectives(objectives)
                    .audience(audience)
                    .channel(channel);
            if (reached != null) {
                b.peopleReached(reached);
            }
            if (description != null) {
                b.description(description);
            }
            return b.build();
        }

        private static Set<String> codes(Located f) {
            List<Located> elements = f.array();
            if (elements == null) {
                return null;
            }
            Set<String> out = new LinkedHashSet<>();
            for (Located e : elements) {
                String code = e.text();
                if (code != null) {
                    out.add(code);
                }
            }
            return out;
        }
    }

    /** A region: {@code provinceCode} and, optionally, {@code regencyCode}; {@code null} if absent or bad. */
    static Region region(Located f) {
        if (!f.isPresent()) {
            return null;
        }
        BindContext.Scope binding = f.context().scope();
        ObjectFields o = f.object("provinceCode", "regencyCode");
        if (o == null) {
            return null;
        }
        Province province = o.required("provinceCode").province();
        Located regencyField = o.optional("regencyCode");
        String regency = regencyField.isPresent() ? regency(regencyField, province) : null;
        o.end();
        if (binding.failed()) {
            return null;
        }
        return regency == null ? Region.of(province) : Region.of(province, regency);
    }

    /** A regency code of {@code province} (when the province is known), or {@code null}. */
    static String regency(Located f, Province province) {
        String code = f.string();
        if (code == null || province == null) {
            return null;
        }
        if (!Digits.isAsciiDigits(code, 4) || !code.startsWith(province.code())) {
            f.invalidValue(regencyExpected(province.code()));
            return null;
        }
        return code;
    }

    /** An audience: {@code workforceCategories} and {@code recipientGroups}, either optional. */
    static TargetAudience audience(Located f) {
        BindContext.Scope binding = f.context().scope();
        ObjectFields o = f.object("workforceCategories", "recipientGroups");
        if (o == null) {
            return null;
        }
        Set<WorkforceCategory> categories = names(o.optional("workforceCategories"), WorkforceCategory.class);
        Set<RecipientGroup> groups = names(o.optional("recipientGroups"), RecipientGroup.class);
        o.end();
        if (binding.failed()) {
            return null;
        }
        return TargetAudience.of(categories, groups);
    }

    private static <E extends Enum<E>> Set<E> names(Located f, Class<E> type) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (!f.isPresent()) {
            return out;
        }
        List<Located> elements = f.array();
        if (elements == null) {
            return out;
        }
        for (Located e : elements) {
            E value = e.enumValue(type);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }
}
