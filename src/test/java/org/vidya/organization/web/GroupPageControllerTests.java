package org.vidya.organization.web;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
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
import static org.vidya.organization.web.OrganizationPages.html;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(OrganizationPages.class)
class GroupPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired OrganizationPages pages;

    @Test
    void showsALearnerOnlyTheirClassWithoutAddresses() throws Exception {
        TenantId school = pages.tenant("Teak School", TenantType.SCHOOL);
        VidyaPrincipal teacher = pages.member(school, "Tanvi Teacher", Role.TEACHER);
        VidyaPrincipal learner = pages.member(school, "Lalit Learner", Role.LEARNER);
        UUID mine = pages.schoolClass(school, "Grade 4 – A");
        UUID other = pages.schoolClass(school, "Grade 4 – B");
        pages.inClass(school, mine, teacher, ClassMember.ClassRole.TEACHER);
        pages.inClass(school, mine, learner, ClassMember.ClassRole.LEARNER);

        Document list = html(mvc.perform(get("/classes").with(as(learner))).andExpect(status().isOk()).andReturn());
        assertThat(list.select("[data-testid=classes] tbody a").eachText()).containsExactly("Grade 4 – A");

        Document detail = html(mvc.perform(get("/classes/{id}", mine).with(as(learner)))
                .andExpect(status().isOk()).andReturn());
        assertThat(detail.select("[data-testid=class-teachers]").text()).contains("Tanvi Teacher")
                .doesNotContain(teacher.email());
        assertThat(detail.select("[data-testid=class-learners]").text()).contains("Lalit Learner");

        mvc.perform(get("/classes/{id}", other).accept(MediaType.TEXT_HTML).with(as(learner)))
                .andExpect(status().isNotFound());
    }

    @Test
    void showsATeacherTheLearnersOfTheirClassWithAddresses() throws Exception {
        TenantId school = pages.tenant("Sandal School", TenantType.SCHOOL);
        VidyaPrincipal teacher = pages.member(school, "Sunil Teacher", Role.TEACHER);
        VidyaPrincipal learner = pages.member(school, "Sia Learner", Role.LEARNER);
        UUID grade = pages.schoolClass(school, "Grade 3 – C");
        pages.inClass(school, grade, learner, ClassMember.ClassRole.LEARNER);

        Document detail = html(mvc.perform(get("/classes/{id}", grade).with(as(teacher)))
                .andExpect(status().isOk()).andReturn());

        assertThat(detail.select("[data-testid=class-learners]").text()).contains("Sia Learner", learner.email());
        assertThat(detail.select("h2").eachText()).contains("Learners (1)");
    }

    @Test
    void showsATeamManagerTheirTeamAndRefusesOthers() throws Exception {
        TenantId company = pages.tenant("Globex", TenantType.ENTERPRISE);
        VidyaPrincipal manager = pages.member(company, "Maya Manager", Role.TEAM_MANAGER);
        VidyaPrincipal otherManager = pages.member(company, "Nitin Manager", Role.TEAM_MANAGER);
        UUID mine = pages.team(company, "Payments", manager, pages.member(company, "Pia Dev"));
        UUID theirs = pages.team(company, "Search", otherManager);

        Document list = html(mvc.perform(get("/teams").with(as(manager))).andExpect(status().isOk()).andReturn());
        assertThat(list.select("[data-testid=teams] tbody a").eachText()).containsExactly("Payments");

        Document team = html(mvc.perform(get("/teams/{id}", mine).with(as(manager))).andExpect(status().isOk())
                .andReturn());
        assertThat(team.select("[data-testid=team-members]").text()).contains("Pia Dev");

        mvc.perform(get("/teams/{id}", theirs).accept(MediaType.TEXT_HTML).with(as(manager)))
                .andExpect(status().isNotFound());
    }

    @Test
    void letsAParentAskForALinkToTheirChild() throws Exception {
        TenantId school = pages.tenant("Willow School", TenantType.SCHOOL);
        VidyaPrincipal parent = pages.member(school, "Pari Parent", Role.PARENT);
        VidyaPrincipal child = pages.member(school, "Chintu Child", Role.LEARNER);

        Document unknown = html(mvc.perform(post("/children").with(csrf()).with(as(parent))
                .param("childEmail", "nobody@willow.example.org")).andExpect(status().isBadRequest()).andReturn());
        assertThat(unknown.select("#childEmail-error").text()).contains("not a learner");
        assertThat(unknown.select("#childEmail").val()).isEqualTo("nobody@willow.example.org");

        mvc.perform(post("/children").with(csrf()).with(as(parent)).param("childEmail", child.email()))
                .andExpect(redirectedUrl("/children"));

        Document page = html(mvc.perform(get("/children").with(as(parent))).andExpect(status().isOk()).andReturn());
        assertThat(page.select("[data-testid=pending-links]").text()).contains("Chintu Child");
        assertThat(page.select("[data-testid=children]").text()).doesNotContain("Chintu Child");
    }

    @Test
    void refusesTheChildrenPageToALearner() throws Exception {
        TenantId school = pages.tenant("Aspen School", TenantType.SCHOOL);
        VidyaPrincipal learner = pages.member(school, "Lina Learner", Role.LEARNER);

        mvc.perform(get("/children").accept(MediaType.TEXT_HTML).with(as(learner))).andExpect(status().isForbidden());
    }
}
