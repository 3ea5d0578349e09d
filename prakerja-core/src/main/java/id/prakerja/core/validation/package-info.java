// SPDX-License-Identifier: Apache-2.0
/**
 * The validation model shared by every rule of the library: {@link id.prakerja.core.validation.Violation}
 * (stable {@link id.prakerja.core.validation.RuleCode}, field path, arguments, legal reference,
 * severity), {@link id.prakerja.core.validation.LegalReference}, the
 * {@link id.prakerja.core.validation.Validated} result type, bilingual
 * {@link id.prakerja.core.validation.Messages} and the library's exceptions.
 *
 * <p>Data problems never throw: validation returns every violation. Only the {@code parse}-style
 * conveniences throw, with an {@link id.prakerja.core.validation.InvalidInputException} that carries
 * the violations.
 */
@PrakerjaStyle
package id.prakerja.core.validation;

import id.prakerja.core.internal.PrakerjaStyle;
