package org.vidya.catalog.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseModules extends JpaRepository<CourseModule, UUID> {

    List<CourseModule> findByCourseIdOrderByPosition(UUID courseId);

    void deleteByCourseId(UUID courseId);
}
