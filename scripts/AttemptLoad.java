import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on the attempt routes of a running Vidya (with the demo data): the demo learners of the
 * Sunrise school each start the demo practice test, then closed-loop clients either autosave
 * answers (PUT .../answers/{slot}, a new seq each time) or fetch the paper (GET .../paper).
 * Prints requests per second and latency percentiles.
 *
 * Usage: java scripts/AttemptLoad.java BASE_URL QUIZ_ID PASSWORD save|paper SECONDS CONCURRENCY
 */
public class AttemptLoad {

    static final String[] LEARNERS = {"aarav.patel", "diya.sharma", "vihaan.gupta", "ananya.iyer", "arjun.reddy",
            "ishita.das", "kabir.singh", "saanvi.nair", "reyansh.joshi", "myra.kapoor", "aditya.rao", "kiara.mehta",
            "vivaan.khan", "anika.bose", "rudra.pillai", "aadhya.menon", "krishna.verma", "pari.chatterjee",
            "dhruv.malhotra", "tara.sen"};

    record Taker(String token, String attempt, List<String[]> slots) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String quiz = args[1];
        String password = args[2];
        String mode = args[3];
        int seconds = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Taker> takers = new ArrayList<>();
        Pattern slotPattern = Pattern.compile("\"slot\":\"(q\\d+)\",\"section\":\\d+,\"type\":\"single-choice\".*?\"choices\":\\[\\{\"id\":\"([^\"]+)\"");
        for (String learner : LEARNERS) {
            String login = send(http, "POST", base + "/api/v1/auth/login", null,
                    "{\"email\":\"" + learner + "@sunrise.example.org\",\"password\":\"" + password + "\"}").body();
            String token = field(login, "accessToken");
            String state = send(http, "POST", base + "/api/v1/quizzes/" + quiz + "/attempts", token, null).body();
            String attempt = field(state, "id");
            String paper = send(http, "GET", base + "/api/v1/attempts/" + attempt + "/paper", token, null).body();
            List<String[]> slots = new ArrayList<>();
            for (String item : paper.split("\\{\"slot\":")) {
                Matcher m = slotPattern.matcher("{\"slot\":" + item);
                if (m.find()) {
                    slots.add(new String[] {m.group(1), m.group(2)});
                }
            }
            takers.add(new Taker(token, attempt, slots));
        }
        System.out.printf("%d learners, %d single-choice slots each, mode %s, %d s, %d clients%n", takers.size(),
                takers.get(0).slots().size(), mode, seconds, concurrency);
        ConcurrentHashMap<String, AtomicLong> seqs = new ConcurrentHashMap<>();
        long[][] latencies = new long[concurrency][];
        int[] counts = new int[concurrency];
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                int client = c;
                latencies[c] = new long[500_000];
                threads.submit(() -> {
                    int i = client;
                    while (System.nanoTime() < end) {
                        Taker t = takers.get(i % takers.size());
                        long started = System.nanoTime();
                        HttpResponse<String> response = null;
                        try {
                        if (mode.equals("save")) {
                            String[] slot = t.slots().get((i / takers.size()) % t.slots().size());
                            long seq = seqs.computeIfAbsent(t.attempt() + slot[0], k -> new AtomicLong()).incrementAndGet();
                            response = send(http, "PUT", base + "/api/v1/attempts/" + t.attempt() + "/answers/"
                                    + slot[0], t.token(), "{\"response\":{\"choice\":\"" + slot[1] + "\"},\"seq\":"
                                    + seq + ",\"timeSpentMillis\":" + seq * 100 + ",\"flagged\":false}");
                        } else {
                            response = send(http, "GET", base + "/api/v1/attempts/" + t.attempt() + "/paper", t.token(),
                                    null);
                        }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                        long took = System.nanoTime() - started;
                        if (response != null && response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        if (counts[client] < latencies[client].length) {
                            latencies[client][counts[client]++] = took;
                        }
                        i += concurrency;
                    }
                    return null;
                });
            }
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < concurrency; c++) {
            System.arraycopy(latencies[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("%d requests, %.0f/s, %d errors; latency ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                total, total / (double) seconds, errors.get(), ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    static HttpResponse<String> send(HttpClient http, String method, String url, String token, String body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
