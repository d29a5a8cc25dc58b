/** The parts of bpmnlint 11 (CommonJS, untyped entry points) the workflow service uses. */
declare module 'bpmnlint/lib/linter' {
  namespace Linter {
    type Category = 'off' | 'warn' | 'error' | 'info';
    type RuleConfig =
      | Category
      | 0
      | 1
      | 2
      | 3
      | [Category | 0 | 1 | 2 | 3, unknown?];

    interface Config {
      extends?: string | string[];
      rules?: Record<string, RuleConfig>;
    }

    interface RuleDefinition {
      meta?: { documentation?: { url?: string } };
      check: unknown;
    }

    type RuleFactory = (ruleOptions?: unknown) => RuleDefinition;

    interface Resolver {
      resolveRule(
        pkg: string,
        ruleName: string,
      ): RuleFactory | Promise<RuleFactory>;
      resolveConfig(pkg: string, configName: string): Config | Promise<Config>;
    }

    interface Report {
      id?: string;
      message: string;
      path?: string[];
      category: Category | 'rule-error';
      meta?: RuleDefinition['meta'];
    }
  }

  class Linter {
    constructor(options: { resolver: Linter.Resolver; config?: Linter.Config });
    lint(
      moddleRoot: unknown,
      config?: Linter.Config,
    ): Promise<Record<string, Linter.Report[]>>;
  }

  export = Linter;
}

declare module 'bpmnlint/config/*' {
  const config: import('bpmnlint/lib/linter').Config;
  export = config;
}

declare module 'bpmnlint/rules/*' {
  const ruleFactory: import('bpmnlint/lib/linter').RuleFactory;
  export = ruleFactory;
}
