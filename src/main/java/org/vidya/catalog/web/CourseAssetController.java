package org.vidya.catalog.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.domain.AssetFile;
import org.vidya.catalog.domain.CourseImages;
import org.vidya.catalog.domain.PublishedCatalog;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;

/**
 * Course images for pages (browser sessions), at the address lesson blocks carry: images of
 * published courses the reader sees, and for authors also those of their drafts (preview).
 */
@RestController
@Validated
class CourseAssetController {

    private final PublishedCatalog published;
    private final CourseImages images;

    CourseAssetController(PublishedCatalog published, CourseImages images) {
        this.published = published;
        this.images = images;
    }

    @GetMapping("/catalog/courses/{id}/assets/{name}")
    ResponseEntity<byte[]> asset(@PathVariable UUID id, @PathVariable @Size(max = 100) String name) {
        Access.require(Permission.CATALOG_READ);
        CourseId course = new CourseId(id);
        Optional<AssetFile> file = published.publishedAsset(course, name);
        if (file.isEmpty() && CurrentUser.get().has(Permission.CONTENT_AUTHOR)) {
            try {
                file = Optional.of(images.asset(course, name));
            } catch (ApiException e) {
                if (e.status().value() != 404) {
                    throw e;
                }
            }
        }
        return file.map(AssetResponses::of).orElseThrow(() -> ApiException.notFound("asset-not-found",
                "No such image in a course you see."));
    }
}
