package org.vidya.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTests {

    static final String JSON = "\\{\"auc\": [0-9.]+, \"rmse\": [0-9.]+, \"logloss\": [0-9.]+, \"responses\": (\\d+),"
            + " \"seconds\": [0-9.]+\\}";

    @TempDir
    Path dir;

    /**
     * Learners with their own ability answer items of known difficulty on five skills and get
     * better with practice on a skill: what a knowledge-tracing model should find.
     */
    static String synthetic(long seed, int users, int perUser) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] difficulty = new double[50];
        for (int i = 0; i < difficulty.length; i++) {
            difficulty[i] = random.nextGaussian();
        }
        StringBuilder text = new StringBuilder("user_id\titem_id\ttimestamp\tcorrect\tskill_id\n");
        for (int u = 0; u < users; u++) {
            double ability = random.nextGaussian();
            int[] practice = new int[5];
            for (int t = 0; t < perUser; t++) {
                int item = random.nextInt(difficulty.length);
                int skill = item % 5;
                double p = 1 / (1 + Math.exp(-(ability + 0.25 * practice[skill] - difficulty[item])));
                int correct = random.nextDouble() < p ? 1 : 0;
                practice[skill]++;
                text.append(seed * 10_000 + u).append('\t').append(item).append('\t').append(1_700_000_000L + t * 60)
                        .append('\t').append(correct).append('\t').append(skill).append('\n');
            }
        }
        return text.toString();
    }

    record Run(int exit, String out, String err) {

        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Evaluation.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void trainAndTestEndsWithOneJsonLineCountingTheTestResponses() throws IOException {
        Path train = write("train.tsv", synthetic(1, 150, 40));
        Path test = write("test.tsv", synthetic(2, 40, 30));

        Run run = run("--train", train.toString(), "--test", test.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.lastLine()).matches(JSON).contains("\"responses\": 1200,");
        assertThat(auc(run.lastLine())).isGreaterThan(0.65);
    }

    @Test
    void streamEndsWithOneJsonLineCountingEveryResponse() throws IOException {
        Path stream = write("stream.tsv", synthetic(3, 100, 40));

        Run run = run("--stream", stream.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.lastLine()).matches(JSON).contains("\"responses\": 4000,");
    }

    @Test
    void learningOnlineBeatsAConstantPrediction() throws Exception {
        ResponseLog log = ResponseLogTests.read(synthetic(4, 200, 40));
        double mean = 0;
        for (double y : log.correct) {
            mean += y;
        }
        mean /= log.size;
        double constantLoss = -(mean * Math.log(mean) + (1 - mean) * Math.log(1 - mean));

        Metrics metrics = Evaluation.stream(log, Coefficients.DEFAULT);

        assertThat(metrics.responses()).isEqualTo(log.size);
        assertThat(metrics.auc()).isGreaterThan(0.7);
        assertThat(metrics.logloss()).isLessThan(constantLoss - 0.05);
        assertThat(metrics.rmse()).isLessThan(Math.sqrt(mean * (1 - mean)));
    }

    @Test
    void theFitFindsThatPracticeHelpsAndHarderItemsAreHarder() throws Exception {
        ResponseLog log = ResponseLogTests.read(synthetic(5, 300, 40));

        Fit.Fitted fitted = new Fit(log).fit(Coefficients.DEFAULT, Evaluation.L2, Evaluation.all(), true, true,
                Evaluation.ROUNDS);

        Coefficients c = fitted.coefficients();
        assertThat(c.conceptRight() + c.conceptWrong() + c.learnerRight() + c.learnerWrong()
                + c.recentRight() + c.recentWrong()).isPositive();
        // Items 0..49 were drawn with difficulties from seed 5; the fit should rank them alike.
        SplittableRandom random = new SplittableRandom(5);
        double[] truth = new double[50];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = random.nextGaussian();
        }
        double[] found = new double[50];
        for (int i = 0; i < log.items(); i++) {
            found[(int) log.itemIds[i]] = fitted.difficulty(i, log.skill[first(log, i)]);
        }
        assertThat(correlation(truth, found)).isGreaterThan(0.8);
    }

    @Test
    void selectionPrintsOneRowPerCandidateThenTheBestAsJson() throws IOException {
        Path train = write("select.tsv", synthetic(6, 150, 30));

        Run run = run("--select", train.toString(), "--grid", "extension");

        assertThat(run.exit()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2 + Evaluation.candidates(Coefficients.DEFAULT, "extension").size() + 1);
        assertThat(lines[2]).startsWith("| all features | 0.3 | 0.5 | 1.0 | ");
        assertThat(run.lastLine()).matches(JSON);
        assertThat(run("--select", train.toString(), "--grid", "huge").exit()).isEqualTo(2);
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndANonZeroExit() throws IOException {
        Path bad = write("bad.tsv", "user_id\titem_id\ttimestamp\tcorrect\tskill_id\n1\t2\t0\t1\t3\n1\t2\tnoon\t1\t3\n");

        Run run = run("--stream", bad.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("refused: " + bad + ": line 3: timestamp is not an integer: 'noon'" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileAndBadArgumentsExitNonZero() {
        assertThat(run("--stream", dir.resolve("absent.tsv").toString()).exit()).isEqualTo(1);
        assertThat(run("--train", "only.tsv").exit()).isEqualTo(2);
        assertThat(run("--stream").exit()).isEqualTo(2);
        assertThat(run("--stream", "x.tsv", "--l2", "lots").err()).contains("--l2 is not a number");
    }

    static double auc(String json) {
        return Double.parseDouble(json.replaceAll(".*\"auc\": ([0-9.]+).*", "$1"));
    }

    static int first(ResponseLog log, int item) {
        for (int r = 0; r < log.size; r++) {
            if (log.item[r] == item) {
                return r;
            }
        }
        throw new IllegalStateException();
    }

    static double correlation(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i] / a.length;
            mb += b[i] / b.length;
        }
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }
}
