package org.vidya.mastery.state;

import org.vidya.mastery.model.MemoryModel;
import org.vidya.mastery.model.MemoryState;

/**
 * A memory model simple enough to check by hand: recall is 0.9 after {@code stability} days,
 * exponential in between; a first right answer gives one day, each right review doubles
 * stability, a wrong one halves it.
 */
final class DoublingMemory implements MemoryModel {

    static final long DAY = 86_400;

    @Override
    public MemoryState first(double outcome, long at) {
        return new MemoryState(outcome >= 0.5 ? 1.0 : 0.5, 5.0, at, 1);
    }

    @Override
    public MemoryState review(MemoryState memory, double outcome, long at) {
        double stability = outcome >= 0.5 ? memory.stability() * 2 : memory.stability() / 2;
        return new MemoryState(stability, memory.difficulty(), at, memory.reviews() + 1);
    }

    @Override
    public double recall(MemoryState memory, long at) {
        double days = (at - memory.lastReview()) / (double) DAY;
        return Math.pow(0.9, days / memory.stability());
    }

    @Override
    public long nextReview(MemoryState memory, double retention) {
        return memory.lastReview() + Math.round(memory.stability() * DAY * Math.log(retention) / Math.log(0.9));
    }
}
