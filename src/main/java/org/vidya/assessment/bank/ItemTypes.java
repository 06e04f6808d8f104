package org.vidya.assessment.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vidya.assessment.spi.ItemType;
import org.vidya.platform.ApiException;

/** Every item type bean, by id. */
@Component
public class ItemTypes {

    private final Map<String, ItemType> byId = new LinkedHashMap<>();

    public ItemTypes(List<ItemType> types) {
        for (ItemType type : types) {
            if (byId.put(type.id(), type) != null) {
                throw new IllegalStateException("Two item types share the id " + type.id());
            }
        }
    }

    public Optional<ItemType> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The type, or a 400 problem {@code unknown-item-type}. */
    public ItemType get(String id) {
        ItemType type = byId.get(id);
        if (type == null) {
            throw ApiException.badRequest("unknown-item-type", "There is no item type '" + id + "'.");
        }
        return type;
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
