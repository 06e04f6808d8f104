package org.vidya.organization.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.organization.TenantType;
import org.vidya.platform.Role;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

@PageTest
class SettingsPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void savesTheSettingsAndKeepsTheFormOnErrors() throws Exception {
        TestTenant school = data.tenant("Zinnia School", TenantType.SCHOOL);
        Person admin = data.member(school, "Zoya Admin", Role.ORG_ADMIN);
        data.member(school, "Zed Learner", Role.LEARNER);

        Document bad = html(mvc.perform(post("/admin/settings").with(csrf()).with(as(admin))
                .param("name", "Zinnia International").param("brandColor", "blue").param("retentionDays", "ten")
                .param("seatLimit", "1").param("features", "gamification"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(bad.select("#retentionDays-error").text()).contains("whole number");
        assertThat(bad.select("#name").val()).isEqualTo("Zinnia International");
        assertThat(bad.select("input[name=features][value=gamification]").hasAttr("checked")).isTrue();

        Document belowSeats = html(mvc.perform(post("/admin/settings").with(csrf()).with(as(admin))
                .param("name", "Zinnia International").param("brandColor", "#0f766e").param("retentionDays", "365")
                .param("seatLimit", "1")).andExpect(status().isBadRequest()).andReturn());
        assertThat(belowSeats.select("#seatLimit-error").text()).contains("2 seats already used");

        mvc.perform(post("/admin/settings").with(csrf()).with(as(admin)).param("name", "Zinnia International")
                .param("brandColor", "#0f766e").param("tagline", "Grow together").param("retentionDays", "365")
                .param("seatLimit", "100").param("features", "gamification").param("features", "ai-tutor")
                .param("selfRegistration", "true")).andExpect(redirectedUrl("/admin/settings"));

        Document saved = html(mvc.perform(get("/admin/settings").with(as(admin))).andExpect(status().isOk())
                .andReturn());
        assertThat(saved.select("#name").val()).isEqualTo("Zinnia International");
        assertThat(saved.select("#brandColor").val()).isEqualTo("#0f766e");
        assertThat(saved.select("#retentionDays").val()).isEqualTo("365");
        assertThat(saved.select("#seatLimit").val()).isEqualTo("100");
        assertThat(saved.select("input[name=features][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("ai-tutor", "gamification");
        assertThat(saved.select("input[name=selfRegistration]").hasAttr("checked")).isTrue();
    }
}
