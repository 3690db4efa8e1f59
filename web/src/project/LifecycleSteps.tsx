import { ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ProjectState } from '../../../src/core/lifecycle.js';
import { MAIN_PATH, stateLabel } from '../lib/states.js';
import classes from './LifecycleSteps.module.css';

/**
 * The main lifecycle path with the current stage marked. A plain ordered list rather than a
 * stepper widget: the stages are information, not buttons.
 */
export function LifecycleSteps({ state }: { state: ProjectState }) {
  const current = MAIN_PATH.indexOf(state);
  // Closed is the last stage and also complete.
  const doneBefore = state === 'closed' ? MAIN_PATH.length : current;
  return (
    <ol className={classes.steps} aria-label="Lifecycle stages">
      {MAIN_PATH.map((s, i) => {
        const done = i < doneBefore;
        const isCurrent = i === current && state !== 'closed';
        return (
          <li
            key={s}
            className={classes.step}
            data-done={done || undefined}
            data-current={isCurrent || undefined}
            aria-current={i === current ? 'step' : undefined}
          >
            <ThemeIcon
              size={26}
              radius="xl"
              variant={done ? 'filled' : isCurrent ? 'outline' : 'light'}
              color={done || isCurrent ? 'blue' : 'gray'}
              aria-hidden
            >
              {done ? <IconCheck size={15} stroke={2.5} /> : <span className={classes.number}>{i + 1}</span>}
            </ThemeIcon>
            <span className={classes.label}>{stateLabel(s)}</span>
            {done && <VisuallyHidden>(done)</VisuallyHidden>}
          </li>
        );
      })}
    </ol>
  );
}
