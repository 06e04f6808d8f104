package org.vidya.assessment.grading;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResultRecords extends JpaRepository<ResultRecord, UUID> {

    List<ResultRecord> findByScheduleId(UUID scheduleId);

    List<ResultRecord> findByQuizId(UUID quizId);
}
