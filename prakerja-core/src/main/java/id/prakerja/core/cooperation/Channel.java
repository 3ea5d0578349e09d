// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.cooperation;

import id.prakerja.core.validation.Labelled;
import java.util.Locale;

/**
 * How an {@link OutreachActivity} reached people.
 *
 * <pre>{@code
 * Channel.SOCIAL_MEDIA.label(Locale.ENGLISH); // "social media"
 * }</pre>
 */
public enum Channel implements Labelled {
    /** An event in person: a socialisation meeting, a job fair, a workshop. */
    EVENT("acara tatap muka", "event"),
    /** Posts on social media. */
    SOCIAL_MEDIA("media sosial", "social media"),
    /** Text messages (SMS). */
    SMS("pesan singkat (SMS)", "text message (SMS)"),
    /** A web portal or app, e.g. a regional government portal or the programme's dashboard. */
    PORTAL("portal", "portal"),
    /** Television, radio or print. */
    BROADCAST_MEDIA("media massa", "broadcast media"),
    /** Any other channel. */
    OTHER("saluran lain", "other channel");

    private final String indonesian;
    private final String english;

    Channel(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    /** The label in Bahasa Indonesia, or in English when {@code locale}'s language is {@code en}. */
    @Override
    public String label(Locale locale) {
        return Texts.english(locale) ? english : indonesian;
    }
}
