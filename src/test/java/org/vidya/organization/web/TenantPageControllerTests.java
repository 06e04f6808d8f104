package org.vidya.organization.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
import static org.vidya.support.TestData.email;

@PageTest
class TenantPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void listsTenantsWithSeatsCreatesOneAndSuspendsIt() throws Exception {
        Person platform = data.platformAdmin("Pia Platform");
        TestTenant existing = data.tenant("Seated School", TenantType.SCHOOL, 10);
        data.member(existing, "Seat One", Role.ORG_ADMIN);
        data.member(existing, "Seat Two", Role.LEARNER);

        Document list = html(mvc.perform(get("/platform/tenants").with(as(platform))).andExpect(status().isOk())
                .andReturn());
        assertThat(row(list, "Seated School").select("[data-testid=tenant-seats]").text()).isEqualTo("2 of 10");

        Document taken = html(mvc.perform(post("/platform/tenants").with(csrf()).with(as(platform))
                .param("slug", "Not A Slug").param("name", "Fern School").param("type", "SCHOOL")
                .param("adminEmail", email("Fern Admin")).param("adminName", "Fern Admin"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(taken.select("#slug-error").text()).contains("lower-case");

        String slug = "fern-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/platform/tenants").with(csrf()).with(as(platform)).param("slug", slug)
                .param("name", "Fern School").param("type", "ENTERPRISE").param("seatLimit", "25")
                .param("adminEmail", email("Fern Admin")).param("adminName", "Fern Admin"))
                .andExpect(redirectedUrl("/platform/tenants"));

        list = html(mvc.perform(get("/platform/tenants").with(as(platform))).andReturn());
        Element fern = row(list, "Fern School");
        assertThat(fern.text()).contains(slug, "Company", "1 of 25", "Active");

        mvc.perform(post(fern.select("form").attr("action")).param("status", "SUSPENDED").with(csrf())
                .with(as(platform))).andExpect(redirectedUrl("/platform/tenants"));
        assertThat(row(html(mvc.perform(get("/platform/tenants").with(as(platform))).andReturn()), "Fern School")
                .text()).contains("Suspended", "Reactivate");
    }

    @Test
    void refusesAnOrgAdmin() throws Exception {
        TestTenant school = data.tenant("Ficus School", TenantType.SCHOOL);
        Person admin = data.member(school, "Faiz Admin", Role.ORG_ADMIN);

        mvc.perform(get("/platform/tenants").accept(MediaType.TEXT_HTML).with(as(admin)))
                .andExpect(status().isForbidden());
    }

    private static Element row(Document page, String name) {
        return page.select("[data-testid=tenant-row]").stream().filter(r -> r.text().contains(name)).findFirst()
                .orElseThrow();
    }
}
