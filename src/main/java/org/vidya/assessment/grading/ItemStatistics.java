package org.vidya.assessment.grading;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;

/**
 * Writes each item's usage statistics back to the bank: exposures, facility and discrimination
 * (as in {@link ItemAnalysis}) over every scored use of the item in any tenant, since a platform
 * item is used by many. Nightly for every item, and on demand for the items of one schedule.
 * One pass over the scores with running sums per item, so memory grows with items, not scores.
 */
@Component
class ItemStatistics {

    private static final Logger log = LoggerFactory.getLogger(ItemStatistics.class);

    private static final String SCORES = """
            select s.item_id, s.tenant_id, s.fraction, s.score, r.score as total
            from assessment_item_score s join assessment_result r on r.attempt_id = s.attempt_id
            where s.outcome <> 'PENDING'""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<ItemCatalog> catalog;
    private final TransactionTemplate transaction;

    ItemStatistics(NamedParameterJdbcTemplate jdbc, ObjectProvider<ItemCatalog> catalog,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${vidya.assessment.item-statistics-cron:0 30 2 * * *}")
    void nightly() {
        int items = refresh(null);
        log.info("Item statistics recorded for {} items", items);
    }

    /** Recomputes and records the statistics of these items (all items when null); returns how many. */
    int refresh(@Nullable Collection<ItemId> items) {
        ItemCatalog bank = catalog.getIfAvailable();
        if (bank == null || (items != null && items.isEmpty())) {
            return 0;
        }
        // Root before the transaction starts, so row-level security lets every tenant's scores in.
        Map<UUID, UUID> usedBy = new HashMap<>();
        Map<UUID, ItemAnalysis.Stats> stats = Tenancy.callAsRoot(() -> transaction.execute(status -> {
            Map<UUID, ItemAnalysis.Stats> sums = new HashMap<>();
            MapSqlParameterSource parameters = new MapSqlParameterSource();
            String sql = SCORES;
            if (items != null) {
                sql += " and s.item_id in (:items)";
                parameters.addValue("items", items.stream().map(ItemId::value).toList());
            }
            jdbc.query(sql, parameters, rs -> {
                UUID item = rs.getObject("item_id", UUID.class);
                usedBy.putIfAbsent(item, rs.getObject("tenant_id", UUID.class));
                double fraction = rs.getDouble("fraction");
                double rest = rs.getDouble("total") - rs.getDouble("score");
                sums.computeIfAbsent(item, i -> new ItemAnalysis.Stats("", "")).add(Math.max(0, fraction), rest);
            });
            return sums;
        }));
        // The bank finds an item among the current tenant's and the platform's, so each item is
        // written as a tenant that used it: its owner, or any tenant for a platform item.
        stats.forEach((item, s) -> Tenancy.runAs(new TenantId(usedBy.get(item)),
                () -> bank.recordStatistics(new ItemId(item), s.n, s.facility(), s.discrimination())));
        return stats.size();
    }
}
