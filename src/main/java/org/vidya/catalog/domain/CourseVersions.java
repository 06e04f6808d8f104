package org.vidya.catalog.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseVersions extends JpaRepository<CourseVersion, UUID> {

    Optional<CourseVersion> findByCourseIdAndNumber(UUID courseId, int number);

    void deleteByCourseId(UUID courseId);
}
