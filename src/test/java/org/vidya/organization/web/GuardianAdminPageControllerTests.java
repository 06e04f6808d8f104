package org.vidya.organization.web;

import java.util.UUID;

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
import static org.vidya.support.Pages.fragment;
import static org.vidya.support.Pages.html;

@PageTest
class GuardianAdminPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void confirmsARequestLinksDirectlyAndUnlinks() throws Exception {
        TestTenant school = data.tenant("Iris School", TenantType.SCHOOL);
        Person admin = data.member(school, "Indu Admin", Role.ORG_ADMIN);
        Person parent = data.member(school, "Gopal Parent", Role.PARENT);
        Person first = data.member(school, "Gita Child", Role.LEARNER);
        Person second = data.member(school, "Guru Child", Role.LEARNER);
        UUID pending = data.pendingGuardianLink(school, parent, first);

        Document row = fragment(mvc.perform(post("/admin/guardians/{id}/confirm", pending).with(csrf())
                .with(as(admin)).header("HX-Request", "true")).andExpect(status().isOk()).andReturn());
        assertThat(row.select("tr[data-testid=guardian-row]").text()).contains("Gopal Parent", "Gita Child",
                "Confirmed");
        assertThat(row.select("[data-testid=confirm-link]")).isEmpty();

        Document wrong = html(mvc.perform(post("/admin/guardians").with(csrf()).with(as(admin))
                .param("parentId", first.id().toString()).param("childEmail", second.email()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(wrong.select("#parentId-error").text()).contains("not a parent");

        mvc.perform(post("/admin/guardians").with(csrf()).with(as(admin))
                .param("parentId", parent.id().toString()).param("childEmail", second.email()))
                .andExpect(redirectedUrl("/admin/guardians"));
        Document list = html(mvc.perform(get("/admin/guardians").with(as(admin))).andExpect(status().isOk())
                .andReturn());
        assertThat(list.select("[data-testid=guardian-row]")).hasSize(2);
        assertThat(list.select("[data-testid=guardian-row]:contains(Guru Child)").text()).contains("Confirmed");

        mvc.perform(post("/admin/guardians/{id}/revoke", pending).with(csrf()).with(as(admin))
                .header("HX-Request", "true")).andExpect(status().isOk());
        Document parentsView = html(mvc.perform(get("/children").with(as(parent))).andReturn());
        assertThat(parentsView.select("[data-testid=children]").text()).contains("Guru Child")
                .doesNotContain("Gita Child");
    }
}
