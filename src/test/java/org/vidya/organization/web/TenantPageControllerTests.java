package org.vidya.organization.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.organization.TenantType;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.organization.web.OrganizationPages.as;
import static org.vidya.organization.web.OrganizationPages.email;
import static org.vidya.organization.web.OrganizationPages.html;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(OrganizationPages.class)
class TenantPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired OrganizationPages pages;

    @Test
    void listsTenantsWithSeatsCreatesOneAndSuspendsIt() throws Exception {
        VidyaPrincipal platform = pages.platformAdmin("Pia Platform");
        TenantId existing = pages.tenant("Seated School", TenantType.SCHOOL, 10);
        pages.member(existing, "Seat One", Role.ORG_ADMIN);
        pages.member(existing, "Seat Two", Role.LEARNER);

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
        TenantId school = pages.tenant("Ficus School", TenantType.SCHOOL);
        VidyaPrincipal admin = pages.member(school, "Faiz Admin", Role.ORG_ADMIN);

        mvc.perform(get("/platform/tenants").accept(MediaType.TEXT_HTML).with(as(admin)))
                .andExpect(status().isForbidden());
    }

    private static Element row(Document page, String name) {
        return page.select("[data-testid=tenant-row]").stream().filter(r -> r.text().contains(name)).findFirst()
                .orElseThrow();
    }
}
