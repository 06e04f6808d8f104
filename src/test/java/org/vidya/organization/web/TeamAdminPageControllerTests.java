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
class TeamAdminPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void createsATeamWithAManagerAndMembers() throws Exception {
        TestTenant company = data.tenant("Initech", TenantType.ENTERPRISE);
        Person admin = data.member(company, "Ines Admin", Role.ORG_ADMIN);
        Person manager = data.member(company, "Milan Manager", Role.TEAM_MANAGER);
        Person engineer = data.member(company, "Esha Engineer", Role.LEARNER);

        Document notManager = html(mvc.perform(post("/admin/teams").with(csrf()).with(as(admin))
                .param("name", "Data").param("managerId", engineer.id().toString()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(notManager.select("#managerId-error").text()).contains("not a team_manager");
        assertThat(notManager.select("#name").val()).isEqualTo("Data");

        String location = mvc.perform(post("/admin/teams").with(csrf()).with(as(admin)).param("name", "Data")
                .param("managerId", manager.id().toString())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/members").with(csrf()).with(as(admin))
                .param("userId", engineer.id().toString())).andExpect(redirectedUrl(location));

        Document team = html(mvc.perform(get(location).with(as(admin))).andExpect(status().isOk()).andReturn());
        assertThat(team.select("[data-testid=team-people]").text()).contains("Esha Engineer");
        assertThat(team.select("#managerId option[selected]").text()).contains("Milan Manager");

        Document managersView = html(mvc.perform(get("/teams").with(as(manager))).andReturn());
        assertThat(managersView.select("[data-testid=teams]").text()).contains("Data", "Milan Manager");

        mvc.perform(post(location + "/delete").with(csrf()).with(as(admin))).andExpect(redirectedUrl("/admin/teams"));
        assertThat(html(mvc.perform(get("/admin/teams").with(as(admin))).andReturn())
                .select("[data-testid=admin-teams]")).isEmpty();
    }
}
