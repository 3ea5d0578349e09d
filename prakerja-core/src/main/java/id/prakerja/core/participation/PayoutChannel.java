// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/**
 * Where incentives are paid: a bank account (BNI in the semi-bansos scheme) or an e-wallet (OVO, GoPay,
 * LinkAja, DANA). Either must be registered to the recipient's own NIK.
 */
public enum PayoutChannel implements Labelled {
    /** A bank account. */
    BANK("rekening bank", "bank account"),
    /** An e-wallet (after its KYC upgrade). */
    E_WALLET("dompet elektronik", "e-wallet");

    private final String indonesian;
    private final String english;

    PayoutChannel(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
