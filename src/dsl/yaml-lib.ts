/**
 * The `yaml` library, which builds position-aware trees: diagnostics, texts with anchors, and the source locations
 * of steps (`file.yaml:line`, for log EIP loggers and message history) need it. It is imported statically so that
 * the bundled `drom` binary carries it inside its one module: loading its CommonJS files one by one at run time cost
 * about 60 ms of every `drom run`.
 */
import * as Yaml from 'yaml';

/** The `yaml` module. */
export function yamlLib(): typeof Yaml {
  return Yaml;
}
