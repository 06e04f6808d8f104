package org.vidya.platform;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    public static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '<' || c == '>' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isPlain(value);
    }
}
