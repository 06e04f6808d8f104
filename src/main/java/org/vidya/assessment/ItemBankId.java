package org.vidya.assessment;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies an item bank of a tenant or of the platform. */
public record ItemBankId(UUID value) {

    public static ItemBankId of(String value) {
        return new ItemBankId(UUID.fromString(value));
    }

    public static ItemBankId random() {
        return new ItemBankId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
