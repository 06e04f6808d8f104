package org.vidya.organization.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

@PageTest
class ImportPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void previewsEveryLineThenImportsTheValidOnesOnly() throws Exception {
        TestTenant school = data.tenant("Mango Grove School", TenantType.SCHOOL);
        Person admin = data.member(school, "Mala Admin", Role.ORG_ADMIN);
        data.schoolClass(school, "Grade 5 – A");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String asha = "asha." + suffix + "@mango.example.org";
        String bad = "bad." + suffix + "@mango.example.org";
        String ravi = "ravi." + suffix + "@mango.example.org";
        String csv = "email,name,roles,class\n"
                + asha + ",Asha Rao,learner,Grade 5 – A\n"
                + bad + ",Bad Line,wizard,\n"
                + ravi + ",Ravi Iyer,teacher;content_creator,\n";
        MockMultipartFile file = new MockMultipartFile("file", "members.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        Document preview = html(mvc.perform(multipart("/admin/import").file(file).with(csrf()).with(as(admin)))
                .andExpect(status().isOk()).andReturn());

        assertThat(preview.select("[data-testid=csv-preview] tbody tr")).hasSize(3);
        Element failed = preview.selectFirst("[data-testid=csv-line][data-outcome=failed]");
        assertThat(failed).isNotNull();
        assertThat(failed.attr("data-line")).isEqualTo("3");
        assertThat(failed.text()).contains("3", bad, "'wizard' is not a role");
        assertThat(preview.select("[data-testid=csv-line][data-outcome=valid]").eachAttr("data-line"))
                .containsExactly("2", "4");
        assertThat(preview.select("[data-testid=csv-import]").text()).isEqualTo("Import 2 members");
        assertThat(data.isMember(school, asha)).isFalse();

        String carried = preview.select("input[name=csv]").val();
        Document report = html(mvc.perform(multipart("/admin/import/confirm").param("csv", carried).with(csrf())
                .with(as(admin))).andExpect(status().isOk()).andReturn());

        assertThat(report.select("[data-testid=import-summary]").text()).isEqualTo("2 imported, 1 not imported.");
        assertThat(report.select("[data-testid=import-report] [data-outcome=imported]").eachAttr("data-line"))
                .containsExactly("2", "4");
        assertThat(report.selectFirst("[data-testid=import-report] [data-outcome=failed]").text())
                .contains("3", "'wizard' is not a role");
        assertThat(data.isMember(school, asha)).isTrue();
        assertThat(data.isMember(school, ravi)).isTrue();
        assertThat(data.isMember(school, bad)).isFalse();
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsOrOverOneMegabyte() throws Exception {
        TestTenant school = data.tenant("Tamarind School", TenantType.SCHOOL);
        Person admin = data.member(school, "Tina Admin", Role.ORG_ADMIN);

        Document missing = html(mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "x.csv",
                "text/csv", "mail,who\na@b.org,A\n".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as(admin)))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(missing.select("#file-error").text()).contains("email,name,roles");

        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        Document tooLarge = html(mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "big.csv",
                "text/csv", big)).with(csrf()).with(as(admin))).andExpect(status().isBadRequest()).andReturn());
        assertThat(tooLarge.select("#file-error").text()).contains("1 MB");
    }

    @Test
    void offersASampleFile() throws Exception {
        TestTenant school = data.tenant("Guava School", TenantType.SCHOOL);
        Person admin = data.member(school, "Gita Admin", Role.ORG_ADMIN);

        mvc.perform(get("/admin/import/sample.csv").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("email,name,roles,class\n")));
    }
}
