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
import static org.vidya.support.TestData.email;

@PageTest
class InvitationAdminPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void sendsAnInvitationIntoAClassListsItAndRevokesIt() throws Exception {
        TestTenant school = data.tenant("Daisy School", TenantType.SCHOOL);
        Person admin = data.member(school, "Dev Admin", Role.ORG_ADMIN);
        UUID grade = data.schoolClass(school, "Grade 10 – A");
        String invited = email("Ivy Invited");

        Document empty = html(mvc.perform(post("/admin/invitations").with(csrf()).with(as(admin))
                .param("email", invited).param("displayName", "Ivy")).andExpect(status().isBadRequest()).andReturn());
        assertThat(empty.select("#roles-error").text()).contains("at least one role");

        mvc.perform(post("/admin/invitations").with(csrf()).with(as(admin)).param("email", invited)
                .param("displayName", "Ivy").param("roles", "learner").param("classId", grade.toString()))
                .andExpect(redirectedUrl("/admin/invitations"));

        Document list = html(mvc.perform(get("/admin/invitations").with(as(admin))).andExpect(status().isOk())
                .andReturn());
        assertThat(list.select("#classId option").eachText()).contains("Grade 10 – A");
        assertThat(list.select("[data-testid=invitations] tbody tr").text()).contains(invited, "Learner", "Pending");
        String revoke = list.select("[data-testid=invitations] form").attr("action");

        Document cell = fragment(mvc.perform(post(revoke).with(csrf()).with(as(admin)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn());
        assertThat(cell.select(".badge").text()).isEqualTo("Revoked");
        assertThat(cell.select("#live-status").text()).isEqualTo("Invitation revoked.");

        Document dashboard = html(mvc.perform(get("/").with(as(admin))).andReturn());
        assertThat(dashboard.select("[data-testid=count-invitations]").text()).isEqualTo("0");
    }
}
