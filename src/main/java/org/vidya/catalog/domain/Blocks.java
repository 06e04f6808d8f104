package org.vidya.catalog.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Blocks extends JpaRepository<Block, UUID> {

    List<Block> findByCourseIdOrderByPosition(UUID courseId);

    List<Block> findByLessonIdOrderByPosition(UUID lessonId);

    @Modifying
    @Query("delete from Block b where b.lessonId in (select l.id from Lesson l where l.moduleId = ?1)")
    void deleteByModuleId(UUID moduleId);

    void deleteByLessonId(UUID lessonId);

    void deleteByCourseId(UUID courseId);
}
