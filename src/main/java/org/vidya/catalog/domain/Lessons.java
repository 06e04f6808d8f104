package org.vidya.catalog.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Lessons extends JpaRepository<Lesson, UUID> {

    List<Lesson> findByCourseIdOrderByPosition(UUID courseId);

    List<Lesson> findByModuleIdOrderByPosition(UUID moduleId);

    long countByCourseId(UUID courseId);

    void deleteByModuleId(UUID moduleId);

    void deleteByCourseId(UUID courseId);
}
