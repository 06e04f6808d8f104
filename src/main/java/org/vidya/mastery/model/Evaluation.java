package org.vidya.mastery.model;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation harness behind {@code scripts/evaluate-mastery.sh}: replays a response log
 * through the production model code, without Spring.
 * <ul>
 * <li>{@code --train FILE --test FILE}: fits the model on train, then predicts each test answer
 * from that learner's earlier test answers (learner state learns online; items never seen in
 * train start at their skill's difficulty and learn Elo-style).</li>
 * <li>{@code --stream FILE}: no training; learns weights (AdaGrad) and item and skill
 * difficulties (Elo) online in time order, scoring each answer before learning from it.</li>
 * <li>{@code --select FILE}: splits the file 80/20 by user and scores candidate models on the
 * 20 %, to choose the settings without looking at a test file.</li>
 * </ul>
 * Progress goes to stderr; the last line of stdout is one JSON object with {@code auc},
 * {@code rmse}, {@code logloss}, {@code responses} and {@code seconds}.
 */
public final class Evaluation {

    /** Ridge on item and skill intercepts, chosen with {@code --select} (docs/mastery-model.md). */
    static final double L2 = 1;

    /** Rounds of fitting: the first without the Elo abilities, then with the difficulties of the round before. */
    static final int ROUNDS = 3;

    /** AdaGrad step of the online weights in {@code --stream}. */
    static final double STREAM_RATE = 0.05;

    private Evaluation() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println(usage());
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        try {
            Coefficients settings = Coefficients.DEFAULT.withSettings(
                    number(options, "recency", Coefficients.DEFAULT.recency()),
                    number(options, "elo-rate", Coefficients.DEFAULT.eloRate()),
                    number(options, "elo-span", Coefficients.DEFAULT.eloSpan()));
            double l2 = number(options, "l2", L2);
            Metrics metrics;
            if (options.containsKey("train") && options.containsKey("test")) {
                ResponseLog train = read(options.get("train"), err);
                ResponseLog test = read(options.get("test"), err);
                Fit.Fitted fitted = new Fit(train).fit(settings, l2, all(), true, true, ROUNDS);
                err.println("fitted in " + fitted.iterations() + " iterations (last round): "
                        + fitted.coefficients());
                metrics = score(fitted, train, test);
            } else if (options.containsKey("stream")) {
                metrics = stream(read(options.get("stream"), err), settings);
            } else if (options.containsKey("select")) {
                metrics = select(read(options.get("select"), err), settings, options.getOrDefault("grid", "base"), out,
                        err);
            } else {
                err.println(usage());
                return 2;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(String.format(Locale.ROOT,
                    "{\"auc\": %.4f, \"rmse\": %.4f, \"logloss\": %.4f, \"responses\": %d, \"seconds\": %.2f}",
                    metrics.auc(), metrics.rmse(), metrics.logloss(), metrics.responses(), seconds));
            return 0;
        } catch (ResponseLog.MalformedLogException e) {
            err.println("refused: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot read: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(usage());
            return 2;
        }
    }

    private static String usage() {
        return "usage: evaluate-mastery.sh (--train FILE --test FILE | --stream FILE | --select FILE)"
                + " [--recency R] [--elo-rate K] [--elo-span N] [--l2 L] [--grid base|extension|chosen]";
    }

    private static double number(Map<String, String> options, String name, double fallback) {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is not a number: " + text);
        }
    }

    private static ResponseLog read(String file, PrintStream err) throws IOException, ResponseLog.MalformedLogException {
        try {
            ResponseLog log = ResponseLog.read(Path.of(file));
            err.println(file + ": " + log.size + " responses, " + log.users() + " users, " + log.items() + " items, "
                    + log.skills() + " skills");
            return log;
        } catch (ResponseLog.MalformedLogException e) {
            throw e.in(file);
        }
    }

    static boolean[] all() {
        boolean[] use = new boolean[Coefficients.FEATURES];
        Arrays.fill(use, true);
        return use;
    }

    /** Predicts each test answer from the learner's earlier test answers, then learns from it. */
    static Metrics score(Fit.Fitted fitted, ResponseLog train, ResponseLog test) {
        LogisticKnowledgeModel model = new LogisticKnowledgeModel(fitted.coefficients());
        Coefficients c = fitted.coefficients();
        int[] item = lookup(test.itemIds, train.itemIds);
        int[] skill = lookup(test.skillIds, train.skillIds);
        double[] fresh = new double[test.items()];
        double[] freshEvidence = new double[test.items()];
        Fit pairs = new Fit(test);
        LearnerTrace[] learners = new LearnerTrace[test.users()];
        ConceptTrace[] concepts = new ConceptTrace[pairs.pairs];
        double[] predicted = new double[test.size];
        double[] outcome = new double[test.size];
        int n = 0;
        for (int r : pairs.order) {
            int i = test.item[r];
            LearnerTrace learner = learners[test.user[r]] != null ? learners[test.user[r]] : model.newLearner();
            ConceptTrace concept = concepts[pairs.pair[r]] != null ? concepts[pairs.pair[r]] : model.newConcept(Double.NaN);
            ItemParams params = new ItemParams(fitted.difficulty(item[i], skill[test.skill[r]]) + fresh[i], 1);
            double p = model.predict(learner, concept, params, test.timestamp[r]);
            double y = test.correct[r];
            predicted[n] = p;
            outcome[n++] = y;
            KnowledgeModel.Step step = model.observe(learner, concept, params, test.timestamp[r], y, 1);
            learners[test.user[r]] = step.learner();
            concepts[pairs.pair[r]] = step.concept();
            if (item[i] < 0) {
                fresh[i] += c.eloRate() * c.eloSpan() / (c.eloSpan() + freshEvidence[i]) * (p - y);
                freshEvidence[i]++;
            }
        }
        return Metrics.of(predicted, outcome, n);
    }

    /** Learns everything online from the stream, scoring each answer before learning from it. */
    static Metrics stream(ResponseLog log, Coefficients settings) {
        int f = Coefficients.FEATURES;
        double[] theta = new double[f + 1];
        double[] squares = new double[f + 1];
        double[] itemDifficulty = new double[log.items()];
        double[] itemEvidence = new double[log.items()];
        double[] skillDifficulty = new double[log.skills()];
        double[] skillEvidence = new double[log.skills()];
        Fit pairs = new Fit(log);
        LearnerTrace[] learners = new LearnerTrace[log.users()];
        ConceptTrace[] concepts = new ConceptTrace[pairs.pairs];
        double[] x = new double[f];
        double[] w = new double[f];
        double[] predicted = new double[log.size];
        double[] outcome = new double[log.size];
        LogisticKnowledgeModel start = new LogisticKnowledgeModel(settings);
        int n = 0;
        for (int r : pairs.order) {
            int i = log.item[r];
            int s = log.skill[r];
            LearnerTrace learner = learners[log.user[r]] != null ? learners[log.user[r]] : start.newLearner();
            ConceptTrace concept = concepts[pairs.pair[r]] != null ? concepts[pairs.pair[r]] : start.newConcept(Double.NaN);
            double b = itemDifficulty[i] + skillDifficulty[s];
            System.arraycopy(theta, 1, w, 0, f);
            Coefficients current = settings.with(theta[0], w);
            double p = LogisticKnowledgeModel.sigmoid(LogisticKnowledgeModel.logit(w, current, learner, concept) - b);
            double y = log.correct[r];
            predicted[n] = p;
            outcome[n++] = y;
            LogisticKnowledgeModel.features(learner, concept, x);
            double g = p - y;
            for (int k = 0; k <= f; k++) {
                double gk = k == 0 ? g : g * x[k - 1];
                squares[k] += gk * gk;
                if (squares[k] > 0) {
                    theta[k] -= STREAM_RATE * gk / Math.sqrt(squares[k]);
                }
            }
            double rate = settings.eloRate();
            double span = settings.eloSpan();
            itemDifficulty[i] += rate * span / (span + itemEvidence[i]++) * g;
            skillDifficulty[s] += rate * span / (span + skillEvidence[s]++) * g;
            KnowledgeModel.Step step = LogisticKnowledgeModel.learn(current, learner, concept,
                    LogisticKnowledgeModel.eloExpectation(theta[0], learner, concept, new ItemParams(b, 1)), y, 1);
            learners[log.user[r]] = step.learner();
            concepts[pairs.pair[r]] = step.concept();
        }
        return Metrics.of(predicted, outcome, n);
    }

    /** A model to compare on the validation split. */
    record Candidate(String name, boolean[] use, boolean items, boolean skills, double recency, double eloRate,
            double l2) {
    }

    /**
     * The candidates of {@code --select}: {@code base} is the first comparison, {@code extension}
     * explores beyond its best corner (shorter memory, faster Elo).
     */
    static List<Candidate> candidates(Coefficients settings, String grid) {
        List<Candidate> candidates = new ArrayList<>();
        if (grid.equals("chosen")) {
            candidates.add(new Candidate("all features", all(), true, true, settings.recency(), settings.eloRate(), L2));
            return candidates;
        }
        if (grid.equals("extension")) {
            candidates.add(new Candidate("all features", all(), true, true, 0.3, 0.5, 1));
            candidates.add(new Candidate("all features", all(), true, true, 0.3, 0.8, 1));
            candidates.add(new Candidate("all features", all(), true, true, 0.5, 0.8, 1));
            return candidates;
        }
        if (!grid.equals("base")) {
            throw new IllegalArgumentException("--grid is base, extension or chosen, not " + grid);
        }
        boolean[] none = new boolean[Coefficients.FEATURES];
        boolean[] counts = none.clone();
        counts[Coefficients.LEARNER_RIGHT] = counts[Coefficients.LEARNER_WRONG] = true;
        counts[Coefficients.CONCEPT_RIGHT] = counts[Coefficients.CONCEPT_WRONG] = true;
        boolean[] recent = counts.clone();
        recent[Coefficients.RECENT_RIGHT] = recent[Coefficients.RECENT_WRONG] = true;
        recent[Coefficients.RECENT_RIGHT_OVERALL] = recent[Coefficients.RECENT_WRONG_OVERALL] = true;
        // The baselines keep the ridge of the first comparison (2) so that the recorded table reproduces.
        candidates.add(new Candidate("item+skill intercepts (IRT-like)", none, true, true, settings.recency(), 0, 2));
        candidates.add(new Candidate("counts + intercepts (Best-LR)", counts, true, true, settings.recency(), 0, 2));
        for (double recency : new double[] {0.5, 0.7, 0.85}) {
            candidates.add(new Candidate("Best-LR + recency", recent, true, true, recency, 0, 2));
        }
        for (double recency : new double[] {0.5, 0.7, 0.85}) {
            for (double rate : new double[] {0.2, 0.5}) {
                for (double l2 : new double[] {1, 3}) {
                    candidates.add(new Candidate("all features", all(), true, true, recency, rate, l2));
                }
            }
        }
        return candidates;
    }

    /** Scores the candidates on an 80/20 split of the log by user; returns the best one's figures. */
    static Metrics select(ResponseLog log, Coefficients settings, String grid, PrintStream out, PrintStream err) {
        List<Candidate> candidates = candidates(settings, grid);
        boolean[] fitting = new boolean[log.users()];
        boolean[] validation = new boolean[log.users()];
        for (int u = 0; u < log.users(); u++) {
            boolean held = Long.remainderUnsigned(mix(log.userIds[u]), 5) == 0;
            validation[u] = held;
            fitting[u] = !held;
        }
        ResponseLog train = log.ofUsers(fitting);
        ResponseLog held = log.ofUsers(validation);
        err.println("split by user: " + train.size + " responses to fit, " + held.size + " to validate");
        out.println("| candidate | recency | Elo rate | L2 | validation AUC | RMSE | log loss |");
        out.println("|---|---|---|---|---|---|---|");
        Metrics best = null;
        for (Candidate candidate : candidates) {
            Coefficients chosen = settings.withSettings(candidate.recency(), candidate.eloRate(), settings.eloSpan());
            Fit.Fitted fitted = new Fit(train).fit(chosen, candidate.l2(), candidate.use(), candidate.items(),
                    candidate.skills(), candidate.eloRate() > 0 ? ROUNDS : 1);
            Metrics metrics = score(fitted, train, held);
            out.println(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.4f | %.4f | %.4f |", candidate.name(),
                    candidate.use()[Coefficients.RECENT_RIGHT] ? candidate.recency() : "-",
                    candidate.eloRate() > 0 ? candidate.eloRate() : "-", candidate.l2(), metrics.auc(),
                    metrics.rmse(), metrics.logloss()));
            if (best == null || metrics.auc() > best.auc()) {
                best = metrics;
            }
        }
        return best;
    }

    private static long mix(long id) {
        long z = id + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** For each id in {@code ids}, its index among {@code known}, or -1. */
    private static int[] lookup(long[] ids, long[] known) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < known.length; i++) {
            index.put(known[i], i);
        }
        int[] result = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            result[i] = index.getOrDefault(ids[i], -1);
        }
        return result;
    }
}
