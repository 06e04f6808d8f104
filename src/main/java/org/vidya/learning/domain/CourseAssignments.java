package org.vidya.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CourseAssignments extends JpaRepository<CourseAssignment, UUID> {

    Optional<CourseAssignment> findByClassIdAndCourseId(UUID classId, UUID courseId);

    Optional<CourseAssignment> findByTeamIdAndCourseId(UUID teamId, UUID courseId);

    List<CourseAssignment> findByClassIdOrderByDueAt(UUID classId);

    List<CourseAssignment> findByTeamIdOrderByDueAt(UUID teamId);

    List<CourseAssignment> findByIdGreaterThanOrderById(UUID after, Limit limit);

    @Query("""
            select a from CourseAssignment a where a.id > :after
              and (a.classId in :classIds or a.teamId in :teamIds) order by a.id""")
    List<CourseAssignment> findForGroups(UUID after, Collection<UUID> classIds, Collection<UUID> teamIds,
            Limit limit);
}
