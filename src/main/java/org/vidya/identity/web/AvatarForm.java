package org.vidya.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A new profile picture. */
record AvatarForm(@Nullable MultipartFile file) {

    static AvatarForm empty() {
        return new AvatarForm(null);
    }
}
