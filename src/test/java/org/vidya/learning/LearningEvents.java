package org.vidya.learning;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the learning events published while it is attached, from any thread (the test
 * framework's recorded events see only the test's own thread), once their transaction commits. Attach it for one test and
 * detach it afterwards; the shared context stays as it was.
 */
public final class LearningEvents implements ApplicationListener<PayloadApplicationEvent<?>>, AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final List<Object> events = new CopyOnWriteArrayList<>();

    private LearningEvents(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static LearningEvents attach(ConfigurableApplicationContext context) {
        LearningEvents recorder = new LearningEvents(context);
        context.addApplicationListener(recorder);
        return recorder;
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<?> event) {
        Object payload = event.getPayload();
        if (!payload.getClass().getPackageName().equals(LearnerEnrolled.class.getPackageName())) {
            return;
        }
        // An event counts once its transaction commits, as the modules listening to it see it.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.add(payload);
                }
            });
        } else {
            events.add(payload);
        }
    }

    public <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        context.removeApplicationListener(this);
    }
}
