package org.vidya.catalog.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.vidya.platform.Ids;

/** A content block of a lesson's draft, stored as written (Markdown is rendered for reading only). */
@Entity
@Table(name = "catalog_block")
class Block {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID courseId;
    private UUID lessonId;
    private int position;
    private String type;
    @Convert(converter = BlockContentConverter.class)
    private BlockContent content;
    @Version
    private long version;

    protected Block() {
    }

    Block(UUID courseId, UUID lessonId, int position, BlockContent content) {
        this.id = Ids.next();
        this.tenantId = CatalogTenant.current();
        this.courseId = courseId;
        this.lessonId = lessonId;
        this.position = position;
        replace(content);
    }

    void replace(BlockContent content) {
        this.type = content.type();
        this.content = content;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public UUID id() { return id; }
    public UUID lessonId() { return lessonId; }
    public int position() { return position; }
    public BlockContent content() { return content; }
}
