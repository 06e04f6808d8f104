package org.vidya.mastery.model;

import org.springframework.stereotype.Component;

/**
 * Memory as FSRS-4.5 models it (the Free Spaced Repetition Scheduler, open-spaced-repetition),
 * with its published default parameters. Recall after {@code t} days with stability {@code S}
 * follows the power forgetting curve {@code R = (1 + F·t/S)^-0.5}, {@code F = 19/81}, so that
 * recall is 90 % when {@code t = S}. An answer's fraction of credit is read as a grade: under
 * one half is Again (a lapse), under 0.8 is Hard, the rest is Good (Easy needs the learner's own
 * judgement, which an answer does not give).
 */
@Component
public final class FsrsMemoryModel implements MemoryModel {

    /** FSRS-4.5 default parameters w0..w16. */
    static final double[] W = {0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367,
        1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755};

    static final double DECAY = -0.5;
    static final double FACTOR = 19.0 / 81.0;
    static final int AGAIN = 1;
    static final int HARD = 2;
    static final int GOOD = 3;
    static final double MIN_STABILITY = 0.01;
    static final double MAX_INTERVAL_DAYS = 36_500;
    private static final double DAY = 86_400;

    @Override
    public MemoryState first(double outcome, long at) {
        int grade = grade(outcome);
        return new MemoryState(W[grade - 1], initialDifficulty(grade), at, 1);
    }

    @Override
    public MemoryState review(MemoryState memory, double outcome, long at) {
        int grade = grade(outcome);
        double recall = recall(memory, at);
        double s = memory.stability();
        double d = memory.difficulty();
        double stability;
        if (grade == AGAIN) {
            // A lapse never raises stability (later FSRS versions cap it the same way).
            stability = Math.min(s, W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1)
                    * Math.exp(W[14] * (1 - recall)));
        } else {
            double hard = grade == HARD ? W[15] : 1;
            stability = s * (Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp(W[10] * (1 - recall)) - 1)
                    * hard + 1);
        }
        double difficulty = Math.clamp(W[7] * initialDifficulty(GOOD) + (1 - W[7]) * (d - W[6] * (grade - GOOD)), 1,
                10);
        return new MemoryState(Math.max(MIN_STABILITY, stability), difficulty, Math.max(at, memory.lastReview()),
                memory.reviews() + 1);
    }

    @Override
    public double recall(MemoryState memory, long at) {
        double days = Math.max(0, at - memory.lastReview()) / DAY;
        return Math.pow(1 + FACTOR * days / Math.max(MIN_STABILITY, memory.stability()), DECAY);
    }

    @Override
    public long nextReview(MemoryState memory, double retention) {
        if (!(retention > 0 && retention < 1)) {
            throw new IllegalArgumentException("retention must be between 0 and 1 exclusive");
        }
        double days = Math.max(MIN_STABILITY, memory.stability()) / FACTOR * (Math.pow(retention, 1 / DECAY) - 1);
        return memory.lastReview() + Math.round(Math.min(days, MAX_INTERVAL_DAYS) * DAY);
    }

    /** Again (1) under one half of the credit, Hard (2) under 0.8, Good (3) otherwise. */
    static int grade(double outcome) {
        if (!(outcome >= 0 && outcome <= 1)) {
            throw new IllegalArgumentException("outcome must be in 0..1");
        }
        return outcome < 0.5 ? AGAIN : outcome < 0.8 ? HARD : GOOD;
    }

    static double initialDifficulty(int grade) {
        return Math.clamp(W[4] - (grade - GOOD) * W[5], 1, 10);
    }
}
