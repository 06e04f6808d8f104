package org.vidya.organization.web;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
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
class GroupPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void showsALearnerOnlyTheirClassWithoutAddresses() throws Exception {
        TestTenant school = data.tenant("Teak School", TenantType.SCHOOL);
        Person teacher = data.member(school, "Tanvi Teacher", Role.TEACHER);
        Person learner = data.member(school, "Lalit Learner", Role.LEARNER);
        UUID mine = data.schoolClass(school, "Grade 4 – A");
        UUID other = data.schoolClass(school, "Grade 4 – B");
        data.inClass(school, mine, teacher, ClassMember.ClassRole.TEACHER);
        data.inClass(school, mine, learner, ClassMember.ClassRole.LEARNER);

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
        TestTenant school = data.tenant("Sandal School", TenantType.SCHOOL);
        Person teacher = data.member(school, "Sunil Teacher", Role.TEACHER);
        Person learner = data.member(school, "Sia Learner", Role.LEARNER);
        UUID grade = data.schoolClass(school, "Grade 3 – C");
        data.inClass(school, grade, learner, ClassMember.ClassRole.LEARNER);

        Document detail = html(mvc.perform(get("/classes/{id}", grade).with(as(teacher)))
                .andExpect(status().isOk()).andReturn());

        assertThat(detail.select("[data-testid=class-learners]").text()).contains("Sia Learner", learner.email());
        assertThat(detail.select("h2").eachText()).contains("Learners (1)");
    }

    @Test
    void showsATeamManagerTheirTeamAndRefusesOthers() throws Exception {
        TestTenant company = data.tenant("Globex", TenantType.ENTERPRISE);
        Person manager = data.member(company, "Maya Manager", Role.TEAM_MANAGER);
        Person otherManager = data.member(company, "Nitin Manager", Role.TEAM_MANAGER);
        UUID mine = data.team(company, "Payments", manager, data.member(company, "Pia Dev", Role.LEARNER));
        UUID theirs = data.team(company, "Search", otherManager);

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
        TestTenant school = data.tenant("Willow School", TenantType.SCHOOL);
        Person parent = data.member(school, "Pari Parent", Role.PARENT);
        Person child = data.member(school, "Chintu Child", Role.LEARNER);

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
        TestTenant school = data.tenant("Aspen School", TenantType.SCHOOL);
        Person learner = data.member(school, "Lina Learner", Role.LEARNER);

        mvc.perform(get("/children").accept(MediaType.TEXT_HTML).with(as(learner))).andExpect(status().isForbidden());
    }
}
