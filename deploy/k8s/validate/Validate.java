import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks Kubernetes manifests against fabric8's typed model of the Kubernetes API (what `kubectl apply
 * --validate=strict` would refuse, without a cluster): every document must be a known apiVersion/kind, every field
 * a field of that type (unknown ones land in "additionalProperties", which is reported), every value of the right
 * type (no number where a string belongs), and a workload's selector must match its pod template's labels.
 *   java -cp "$(cat target/classpath.txt)" Validate.java ../*.yaml
 */
public class Validate {
    private static final List<String> problems = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        ObjectMapper strict = new ObjectMapper();
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean}) {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                strict.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        KubernetesSerialization model = new KubernetesSerialization(strict, true);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        int documents = 0;
        for (String name : args) {
            try (MappingIterator<JsonNode> docs = yaml.readerFor(JsonNode.class).readValues(new File(name))) {
                int index = 0;
                while (docs.hasNext()) {
                    JsonNode doc = docs.next();
                    index++;
                    if (doc == null || doc.isNull() || doc.isMissingNode()) {
                        continue;
                    }
                    String where = name + "#" + index + " " + doc.path("kind").asText("?") + "/"
                            + doc.path("metadata").path("name").asText("?");
                    if (doc.path("kind").asText().equals("Kustomization")) {
                        continue; // read by kustomize, not by the API server
                    }
                    documents++;
                    try {
                        KubernetesResource resource = model.convertValue(doc, KubernetesResource.class);
                        if (resource instanceof GenericKubernetesResource) {
                            problems.add(where + ": unknown apiVersion/kind " + doc.path("apiVersion").asText()
                                    + "/" + doc.path("kind").asText());
                            continue;
                        }
                        walk(resource, where, new IdentityHashMap<>());
                        checkSelector(resource, where);
                    } catch (IllegalArgumentException e) {
                        problems.add(where + ": " + e.getMessage().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        problems.forEach(p -> System.out.println("PROBLEM " + p));
        System.out.printf("%d documents in %d files checked against the Kubernetes model: %d problems%n",
                documents, args.length, problems.size());
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** Reports unknown fields (additionalProperties) anywhere in the typed object tree. */
    private static void walk(Object value, String path, Map<Object, Boolean> seen) throws Exception {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(entry.getValue(), path + "." + entry.getKey(), seen);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object child = getter.invoke(value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet() + " in "
                            + value.getClass().getSimpleName());
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            walk(child, path + "." + field, seen);
        }
    }

    /** A Deployment's or StatefulSet's selector must select its own pods. */
    private static void checkSelector(KubernetesResource resource, String where) throws Exception {
        if (!(resource instanceof HasMetadata)) {
            return;
        }
        Object spec;
        try {
            spec = resource.getClass().getMethod("getSpec").invoke(resource);
        } catch (NoSuchMethodException e) {
            return;
        }
        if (spec == null) {
            return;
        }
        LabelSelector selector;
        PodTemplateSpec template;
        try {
            selector = (LabelSelector) spec.getClass().getMethod("getSelector").invoke(spec);
            template = (PodTemplateSpec) spec.getClass().getMethod("getTemplate").invoke(spec);
        } catch (NoSuchMethodException | ClassCastException e) {
            return;
        }
        if (selector == null || template == null || selector.getMatchLabels() == null) {
            problems.add(where + ": no spec.selector.matchLabels");
            return;
        }
        Map<String, String> labels = template.getMetadata() == null ? Map.of() : template.getMetadata().getLabels();
        selector.getMatchLabels().forEach((key, value) -> {
            if (labels == null || !value.equals(labels.get(key))) {
                problems.add(where + ": selector " + key + "=" + value + " does not match the pod template's labels");
            }
        });
    }
}
