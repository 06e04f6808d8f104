package org.vidya.assessment.exchange.qti;

import java.util.Locale;

/** What differs between QTI 2.1 and QTI 3.0 files: namespaces, schemas, names and template addresses. */
enum QtiVersion {

    V2P1("http://www.imsglobal.org/xsd/imsqti_v2p1",
            "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd",
            "http://www.imsglobal.org/xsd/imscp_v1p1",
            "http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd",
            "QTIv2.1 Package", "1.0.0", "imsqti_item_xmlv2p1", "imsqti_test_xmlv2p1",
            "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"),

    V3P0("http://www.imsglobal.org/xsd/imsqtiasi_v3p0",
            "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd",
            "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1",
            "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd",
            "QTI Package", "3.0.0", "imsqti_item_xmlv3p0", "imsqti_test_xmlv3p0",
            "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/");

    final String namespace;
    final String schema;
    final String manifestNamespace;
    final String manifestSchema;
    final String packageSchema;
    final String packageSchemaVersion;
    final String itemResourceType;
    final String testResourceType;
    private final String templates;

    QtiVersion(String namespace, String schema, String manifestNamespace, String manifestSchema, String packageSchema,
            String packageSchemaVersion, String itemResourceType, String testResourceType, String templates) {
        this.namespace = namespace;
        this.schema = schema;
        this.manifestNamespace = manifestNamespace;
        this.manifestSchema = manifestSchema;
        this.packageSchema = packageSchema;
        this.packageSchemaVersion = packageSchemaVersion;
        this.itemResourceType = itemResourceType;
        this.testResourceType = testResourceType;
        this.templates = templates;
    }

    /** The address of a standard response processing template, {@code match_correct} or {@code map_response}. */
    String template(String name) {
        return templates + name + (this == V3P0 ? ".xml" : "");
    }

    /** An element name as this version spells it: {@code choiceInteraction} or {@code qti-choice-interaction}. */
    String element(String name) {
        return this == V3P0 ? "qti-" + kebab(name) : name;
    }

    String attribute(String name) {
        return this == V3P0 && name.indexOf(':') < 0 ? kebab(name) : name;
    }

    private static String kebab(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 8);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
