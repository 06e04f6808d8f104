package org.vidya.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A single line of plain text: no markup ({@code <} or {@code >}) and no control characters.
 * Quotes and other SQL metacharacters are fine: values are always bound, never concatenated.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must be plain text without < > or control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
