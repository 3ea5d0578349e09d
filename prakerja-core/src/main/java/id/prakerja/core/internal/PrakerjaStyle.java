// SPDX-License-Identifier: Apache-2.0
package id.prakerja.core.internal;

import id.prakerja.core.validation.InvalidValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in prakerja-core.
 *
 * <p>Generated {@code Immutable*} classes stay package-private and hidden behind the abstract
 * type ({@code overshadowImplementation}); {@code jdkOnly} and {@code allowedClasspathAnnotations}
 * keep the generated code free of any runtime dependency. {@code unsafeDefaultAndDerived} computes
 * {@code @Value.Default} attributes in the constructor, in declaration order, instead of through a
 * per-instance "init shim" (an extra object and two volatile writes for every {@code Applicant} a feed
 * parses): safe because no default reads another attribute; a default that did would have to be declared
 * after the attributes it reads. A builder missing a required attribute throws the library's
 * {@link InvalidValueException}, as the {@code @Value.Check} methods do for inconsistent attributes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        unsafeDefaultAndDerived = true,
        allowedClasspathAnnotations = {Override.class},
        throwForInvalidImmutableState = InvalidValueException.class,
        defaults = @Value.Immutable(copy = true))
public @interface PrakerjaStyle {}
