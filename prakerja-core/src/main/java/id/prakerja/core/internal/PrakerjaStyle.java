package id.prakerja.core.internal;

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
 * keep the generated code free of any runtime dependency.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = true))
public @interface PrakerjaStyle {}
