// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.participation;

import id.prakerja.core.validation.Labelled;
import id.prakerja.core.validation.Languages;
import java.util.Locale;

/** How a reminder reaches a recipient. Which channels are used is configuration ({@link ReminderSettings}). */
public enum ReminderChannel implements Labelled {
    /** A text message to the registered phone number (used by the programme in 2020). */
    SMS("SMS", "SMS"),
    /** An e-mail to the registered address. */
    EMAIL("surel", "e-mail"),
    /** A notification in the portal's mobile app. */
    APP_PUSH("notifikasi aplikasi", "app notification"),
    /** A WhatsApp message. */
    WHATSAPP("WhatsApp", "WhatsApp");

    private final String indonesian;
    private final String english;

    ReminderChannel(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String label(Locale locale) {
        return Languages.isEnglish(locale) ? english : indonesian;
    }
}
