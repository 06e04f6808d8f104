package org.vidya.organization.web;

import java.util.UUID;

import org.jsoup.nodes.Document;
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
import static org.vidya.support.Pages.fragment;
import static org.vidya.support.Pages.html;

@PageTest
class ClassAdminPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void createsAClassPutsPeopleInItAndDeletesIt() throws Exception {
        TestTenant school = data.tenant("Coral School", TenantType.SCHOOL);
        Person admin = data.member(school, "Chitra Admin", Role.ORG_ADMIN);
        Person teacher = data.member(school, "Kamal Teacher", Role.TEACHER);
        Person learner = data.member(school, "Leela Learner", Role.LEARNER);

        Document blank = html(mvc.perform(post("/admin/classes").with(csrf()).with(as(admin)).param("name", " "))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(blank.select("#name-error").text()).isNotBlank();

        String location = mvc.perform(post("/admin/classes").with(csrf()).with(as(admin)).param("name", "Grade 2 – A")
                .param("grade", "2").param("section", "A").param("academicYear", "2026-27"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/classes/");
        UUID id = UUID.fromString(location.substring("/admin/classes/".length()));

        Document edit = html(mvc.perform(get(location).with(as(admin))).andExpect(status().isOk()).andReturn());
        assertThat(edit.select("#teacher-pick option").eachText()).anyMatch(t -> t.contains("Kamal Teacher"));
        assertThat(edit.select("#teacher-pick option").eachText()).noneMatch(t -> t.contains("Leela Learner"));
        assertThat(edit.select("#learner-pick option").eachText()).anyMatch(t -> t.contains("Leela Learner"));

        mvc.perform(post(location + "/members").with(csrf()).with(as(admin))
                .param("userId", teacher.id().toString()).param("role", "TEACHER"))
                .andExpect(redirectedUrl(location));
        mvc.perform(post(location + "/members").with(csrf()).with(as(admin))
                .param("userId", learner.id().toString()).param("role", "LEARNER"))
                .andExpect(redirectedUrl(location));
        Document wrongRole = html(mvc.perform(post(location + "/members").with(csrf()).with(as(admin))
                .param("userId", learner.id().toString()).param("role", "TEACHER"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(wrongRole.select("[data-testid=form-errors]").text()).contains("not a teacher");

        Document people = html(mvc.perform(get(location).with(as(admin))).andReturn());
        assertThat(people.select("[data-testid=class-people] tbody tr")).hasSize(2);

        Document removed = fragment(mvc.perform(post(location + "/members/{user}/remove", learner.id().value())
                .with(csrf()).with(as(admin)).header("HX-Request", "true")).andExpect(status().isOk()).andReturn());
        assertThat(removed.select("#live-status").text()).isEqualTo("Removed from the class.");
        assertThat(html(mvc.perform(get(location).with(as(admin))).andReturn())
                .select("[data-testid=class-people] tbody tr")).hasSize(1);

        mvc.perform(post(location).with(csrf()).with(as(admin)).param("name", "Grade 2 – Blue"))
                .andExpect(redirectedUrl(location));
        assertThat(html(mvc.perform(get("/admin/classes").with(as(admin))).andReturn())
                .select("[data-testid=admin-classes] a").eachText()).containsExactly("Grade 2 – Blue");

        mvc.perform(post(location + "/delete").with(csrf()).with(as(admin))).andExpect(redirectedUrl("/admin/classes"));
        mvc.perform(get("/classes/{id}", id).accept(MediaType.TEXT_HTML).with(as(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesATeacher() throws Exception {
        TestTenant school = data.tenant("Pearl School", TenantType.SCHOOL);
        Person teacher = data.member(school, "Pran Teacher", Role.TEACHER);

        mvc.perform(get("/admin/classes").accept(MediaType.TEXT_HTML).with(as(teacher)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/classes").with(csrf()).accept(MediaType.TEXT_HTML).with(as(teacher))
                .param("name", "Sneaky")).andExpect(status().isForbidden());
    }
}
