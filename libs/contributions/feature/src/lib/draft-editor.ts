import {
  DestroyRef,
  Directive,
  LOCALE_ID,
  PLATFORM_ID,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { isPlatformBrowser } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { MatChipInputEvent } from '@angular/material/chips';
import { Router } from '@angular/router';
import { SessionStore } from '@peerhub/accounts/data-access';
import {
  ContributionsStore,
  DraftConflict,
  DraftInput,
  RevisionView,
} from '@peerhub/contributions/data-access';
import { ContentKind } from '@peerhub/shared/graphql-types';
import { formErrors } from './contribute-messages';
import { rememberKind } from './revision-kind';
import { revisionStateLabel } from './state-label';

export const EDITABLE = ['DRAFT', 'CHANGES_REQUESTED'];
const AUTOSAVE_MS = 2000;

/** A source as a form row holds it. */
export interface SourceRowValue {
  title: string;
  url: string;
  locator: string;
}

/** A form value: whatever fields, and sources as rows. */
export interface DraftFormValue {
  sources: SourceRowValue[];
}

/** A copy of the form kept in this browser while it is not saved (sessionStorage). */
export interface LocalCopy<V> {
  at: number;
  value: V;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: string }
  | { kind: 'incomplete' };

/** One field where the draft saved meanwhile and this form differ. */
export interface Difference {
  field: string;
  label: string;
  theirs: string;
  mine: string;
}

/**
 * A new draft's page hands over to the draft's own page (a new component, chosen by the revision page). `read` is
 * the old form itself, read when the new page starts, so whatever was typed or added in between is carried over.
 */
interface Handoff {
  revision: RevisionView;
  read: () => unknown;
  sent: string;
}
const handoffs = new Map<ContentKind, Handoff>();

export const HTTP_URL = /^\s*(https?:\/\/\S+)?\s*$/;

export function sourceRow(s: SourceRowValue = { title: '', url: '', locator: '' }) {
  return new FormGroup({
    title: new FormControl(s.title, {
      nonNullable: true,
      validators: [Validators.minLength(3), Validators.maxLength(300)],
    }),
    url: new FormControl(s.url, {
      nonNullable: true,
      validators: [Validators.pattern(HTTP_URL), Validators.maxLength(2000)],
    }),
    locator: new FormControl(s.locator, { nonNullable: true, validators: [Validators.maxLength(300)] }),
  });
}

/** Sources as the API receives them: empty rows left out, texts trimmed. */
export function toSources(rows: readonly SourceRowValue[]) {
  return rows
    .map((s) => ({ title: s.title.trim(), url: s.url.trim() || null, locator: s.locator.trim() || null }))
    .filter((s) => s.title || s.url || s.locator);
}

export function fromSources(
  sources: readonly { title: string; url: string | null; locator: string | null }[],
) {
  return sources.map((s) => ({ title: s.title, url: s.url ?? '', locator: s.locator ?? '' }));
}

export function sourcesText(
  sources: readonly { title: string; url?: string | null; locator?: string | null }[],
) {
  return sources.map((s) => [s.title, s.url, s.locator].filter(Boolean).join(' — ')).join('\n');
}

/** A list of tags: at most `max` of at most `length` characters each. */
export function tagsValidator(max: number, length: number) {
  return (c: AbstractControl<string[]>) => {
    const items = c.value ?? [];
    return items.length > max || items.some((s) => s.length > length) ? { tags: { max, length } } : null;
  };
}

/**
 * What the practice, resource and organisation editors share: a draft loaded once into the form,
 * saved ~2 s after the last change, on leaving a field and before submitting; a save that meets a newer draft
 * stops autosaving and shows both versions; nothing typed is lost (the form keeps its values on every error, and a
 * copy stays in this browser's sessionStorage until it is saved); the first save of a new record hands the form to
 * the draft's own page (`/contribute/revision/:id`).
 */
@Directive()
export abstract class DraftEditor<V extends DraftFormValue, D extends DraftInput> {
  /** `/contribute/revision/:id`: the draft. */
  readonly id = input<string | undefined>();

  protected readonly store = inject(ContributionsStore);
  protected readonly session = inject(SessionStore);
  protected readonly router = inject(Router);
  protected readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  protected readonly locale = inject(LOCALE_ID);
  private readonly clock = new Intl.DateTimeFormat(this.locale, { hour: '2-digit', minute: '2-digit' });

  protected abstract readonly kind: ContentKind;
  protected abstract readonly form: FormGroup;
  protected abstract readonly empty: V;
  /** What the API receives: empty rows and items left out, texts trimmed. */
  protected abstract toDraft(v: V): D;
  /** The form filled from a revision of this kind (undefined for another kind). */
  protected abstract fromRevision(rev: RevisionView): V | undefined;
  protected abstract fieldLabels(): Record<string, string>;
  /** Each field of a draft as a line of text, for the comparison. */
  protected abstract texts(d: D): Record<string, string>;
  protected abstract createDraft(draft: D): Promise<RevisionView>;
  protected abstract saveDraft(id: string, lockVersion: number, draft: D): Promise<RevisionView>;
  /** Whether the form holds what a draft needs to be saved at all. */
  protected abstract complete(): boolean;
  /** The key of a new draft's copy in this browser. */
  protected abstract newKey(): string;
  /** Why a draft is not saved yet (what `complete` wants). */
  protected abstract incompleteText(): string;

  protected readonly notFoundText = $localize`:@@contribute.notFound:There is no draft at this address, or it is not yours to see.`;

  /** The revision as the server last gave it (loaded, saved, submitted). */
  protected readonly saved = signal<RevisionView | undefined>(undefined);
  /** The draft saved meanwhile from elsewhere, while the page shows both versions. */
  protected readonly conflict = signal<RevisionView | undefined>(undefined);
  protected readonly restoreOffer = signal<LocalCopy<V> | undefined>(undefined);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly busy = signal(false);
  protected readonly previewing = signal(false);
  protected readonly saveState = signal<SaveState>({ kind: 'idle' });
  /** The form's value as a signal (for the comparison and the chips). */
  protected readonly value = signal<V | undefined>(undefined);

  protected readonly isNew = computed(() => !this.id());
  protected readonly editable = computed(() => {
    const rev = this.saved();
    return this.isNew() || (!!rev && EDITABLE.includes(rev.state));
  });
  protected readonly here = computed(() => this.router.url);

  protected readonly saveStateText = computed(() => {
    const s = this.saveState();
    switch (s.kind) {
      case 'saving':
        return $localize`:@@contribute.status.saving:Saving…`;
      case 'saved':
        return $localize`:@@contribute.status.saved:Saved at ${this.clock.format(s.at)}:time:`;
      case 'failed':
        return $localize`:@@contribute.status.failed:Not saved: ${s.reason}:reason:`;
      case 'incomplete':
        return this.incompleteText();
      default:
        return '';
    }
  });

  /** Field by field where the draft saved meanwhile and this form differ. */
  protected readonly differences = computed<Difference[]>(() => {
    const rev = this.conflict();
    const theirs = rev && this.fromRevision(rev);
    const mine = this.value();
    if (!theirs || !mine) return [];
    const a = this.texts(this.toDraft(theirs));
    const b = this.texts(this.toDraft(mine));
    const labels = this.fieldLabels();
    return Object.keys(labels)
      .filter((k) => (a[k] ?? '') !== (b[k] ?? ''))
      .map((k) => ({ field: k, label: labels[k], theirs: a[k] ?? '', mine: b[k] ?? '' }));
  });

  private loadedId: string | undefined;
  private lockVersion = 0;
  /** The draft as last sent successfully (JSON), to skip saves that change nothing. */
  private lastSent = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  /** Set once a new draft is created and its own page takes over (or this page is gone): nothing more is saved here. */
  private handedOff = false;
  private again = false;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.open(id));
    });
    // The draft as loaded: fills the form once (a reload or a later answer never overwrites what is typed).
    effect(() => {
      const rev = this.store.revision.value()?.revision;
      if (!rev || rev.id !== this.loadedId || this.saved()) return;
      untracked(() => {
        this.accept(rev);
        const v = this.fromRevision(rev);
        if (v) this.fill(v);
        this.lastSent = JSON.stringify(this.toDraft(this.current()));
        this.offerLocalCopy(Date.parse(rev.updatedAt));
      });
    });
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.timer);
      this.handedOff = true;
    });
  }

  /** To call from the subclass constructor, once its form exists. */
  protected watchForm(): void {
    this.value.set(this.current());
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.changed());
  }

  protected current(): V {
    return this.form.getRawValue() as V;
  }

  protected stateLabel(state: string): string {
    return revisionStateLabel(state);
  }

  protected countryName(code: string): string {
    return this.store.countries().find((c) => c.code === code)?.name ?? code;
  }

  protected sourceRows() {
    return this.form.get('sources') as unknown as { controls: AbstractControl[]; length: number } & {
      push(c: AbstractControl, o?: { emitEvent: boolean }): void;
      removeAt(i: number): void;
      clear(o?: { emitEvent: boolean }): void;
      at(i: number): AbstractControl;
    };
  }

  /** The message of a form error every field may have (server, too long); '' when none. */
  protected commonMessage(field: string): string {
    const c = this.form.get(field);
    const server = this.errors()[field];
    if (server && c?.hasError('server')) return server;
    if (c?.hasError('maxlength'))
      return $localize`:@@contribute.error.maxLength:Use at most ${c.getError('maxlength').requiredLength}:max: characters.`;
    if (c?.hasError('pattern'))
      return $localize`:@@contribute.error.sourceUrl:Give an address that starts with http:// or https://.`;
    if (c?.hasError('tags')) {
      const { max, length } = c.getError('tags') as { max: number; length: number };
      return $localize`:@@contribute.resource.error.tags:Name at most ${max}:max: items of up to ${length}:length: characters each.`;
    }
    return '';
  }

  /** The message of a field in row `i` of a list of rows (the sources, unless `list` names another). */
  protected rowMessage(i: number, field: string, list = 'sources'): string {
    const c = (this.form.get(list) as FormArray | null)?.at(i)?.get(field);
    const server = this.errors()[`${list}.${i}.${field}`];
    if (server && c?.hasError('server')) return server;
    if (c?.hasError('pattern'))
      return $localize`:@@contribute.error.sourceUrl:Give an address that starts with http:// or https://.`;
    if (c?.hasError('minlength') && field === 'title')
      return $localize`:@@contribute.error.sourceTitle:Give the source a title of 3 to 300 characters.`;
    if (c?.hasError('maxlength'))
      return $localize`:@@contribute.error.maxLength:Use at most ${c.getError('maxlength').requiredLength}:max: characters.`;
    return server ?? '';
  }

  protected addSource(): void {
    this.sourceRows().push(sourceRow());
    this.errors.update(({ sources: _, ...rest }) => rest);
  }

  protected removeSource(i: number): void {
    this.sourceRows().removeAt(i);
  }

  /** A tag typed into a chips field (Enter or comma). */
  protected addTag(field: string, event: MatChipInputEvent): void {
    const text = (event.value ?? '').trim();
    const c = this.form.get(field) as FormControl<string[]>;
    if (text && !c.value.some((t) => t.toLowerCase() === text.toLowerCase())) {
      c.setValue([...c.value, text]);
      c.markAsTouched();
    }
    event.chipInput.clear();
  }

  protected removeTag(field: string, tag: string): void {
    const c = this.form.get(field) as FormControl<string[]>;
    c.setValue(c.value.filter((t) => t !== tag));
    c.markAsTouched();
  }

  protected removeTagLabel(tag: string): string {
    return $localize`:@@contribute.resource.removeTag:Remove ${tag}:tag:`;
  }

  protected async togglePreview(): Promise<void> {
    if (!this.previewing()) await this.flush();
    this.previewing.update((p) => !p);
  }

  protected onBlur(): void {
    if (this.timer !== undefined) void this.save();
  }

  protected async saveNow(): Promise<void> {
    await this.flush(true);
  }

  /** Saves what is typed, then sends it for review (a new record is only saved). */
  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.saveState.set({
        kind: 'failed',
        reason: $localize`:@@contribute.status.checkFields:check the marked fields.`,
      });
      return;
    }
    await this.flush(true);
    if (this.isNew() || this.conflict() || this.saveState().kind === 'failed' || !this.loadedId) return;
    this.busy.set(true);
    this.errors.set({});
    try {
      const rev = await this.store.submit(this.loadedId);
      this.accept(rev);
      this.removeLocalCopy();
    } catch (e) {
      this.showErrors(formErrors(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected keepMine(): void {
    const theirs = this.conflict();
    if (!theirs) return;
    this.lockVersion = theirs.lockVersion;
    this.conflict.set(undefined);
    this.lastSent = '';
    void this.save();
  }

  protected takeTheirs(): void {
    const theirs = this.conflict();
    if (!theirs) return;
    this.conflict.set(undefined);
    this.accept(theirs);
    const v = this.fromRevision(theirs);
    if (v) this.fill(v);
    this.lastSent = JSON.stringify(this.toDraft(this.current()));
    this.removeLocalCopy();
    this.saveState.set({ kind: 'idle' });
  }

  protected restore(copy: LocalCopy<V>): void {
    this.restoreOffer.set(undefined);
    this.fill({ ...this.empty, ...copy.value });
    this.changed();
  }

  protected discardCopy(): void {
    this.restoreOffer.set(undefined);
    this.removeLocalCopy();
  }

  /** The route's draft (or a new one): loaded unless this page is already on it (a save moved it on). */
  private open(id: string | undefined): void {
    if (id && id === this.loadedId) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.loadedId = id;
    this.saved.set(undefined);
    this.conflict.set(undefined);
    this.errors.set({});
    this.saveState.set({ kind: 'idle' });
    const carried = handoffs.get(this.kind);
    if (id && carried?.revision.id === id) {
      handoffs.delete(this.kind);
      const value = carried.read() as V;
      this.accept(carried.revision);
      this.fill(value);
      this.lastSent = carried.sent;
      this.saveState.set({ kind: 'saved', at: new Date() });
      if (JSON.stringify(this.toDraft(value)) !== carried.sent) this.changed();
      return;
    }
    this.store.revisionId.set(id);
    if (!id) this.offerLocalCopy(0);
  }

  /** The server's revision as the base of the next save. */
  protected accept(rev: RevisionView): void {
    rememberKind(rev.id, rev.kind);
    this.saved.set(rev);
    this.lockVersion = rev.lockVersion;
  }

  /** Fills the form without counting it as a change. */
  protected fill(v: V): void {
    const rows = this.sourceRows();
    rows.clear({ emitEvent: false });
    for (const s of v.sources) rows.push(sourceRow(s), { emitEvent: false });
    this.form.setValue(v, { emitEvent: false });
    this.value.set(this.current());
  }

  /** Something was typed: kept in this browser, saved ~2 s later. */
  protected changed(): void {
    const value = this.current();
    this.value.set(value);
    if (!this.browser || !this.editable()) return;
    this.writeLocalCopy(value);
    if (this.conflict()) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
  }

  /** Waits for a running save, then saves what is left (and `force`: says why when it cannot). */
  private async flush(force = false): Promise<void> {
    while (this.inFlight) await this.inFlight;
    if (force && this.form.invalid) this.form.markAllAsTouched();
    await this.save();
  }

  /** One save at a time; a change meanwhile is saved right after. */
  private save(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.send().finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.save();
      }
    });
    return this.inFlight;
  }

  private async send(): Promise<void> {
    if (this.handedOff || !this.editable() || this.conflict()) return;
    const draft = this.toDraft(this.current());
    const json = JSON.stringify(draft);
    if (this.loadedId && json === this.lastSent) return;
    if (!this.complete()) {
      this.saveState.set({ kind: 'incomplete' });
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.saveState.set({
        kind: 'failed',
        reason: $localize`:@@contribute.status.checkFields:check the marked fields.`,
      });
      return;
    }
    const id = this.loadedId;
    this.saveState.set({ kind: 'saving' });
    try {
      const rev = id ? await this.saveDraft(id, this.lockVersion, draft) : await this.createDraft(draft);
      this.lastSent = json;
      this.saveState.set({ kind: 'saved', at: new Date() });
      this.errors.update((errors) => (errors['form'] ? {} : errors));
      const unchanged = JSON.stringify(this.toDraft(this.current())) === json;
      rememberKind(rev.id, rev.kind);
      if (!id) {
        // The draft's own page takes over (a new component): it gets the form as it is now, and saves what changed
        // meanwhile. This one saves nothing more — a second create would make a second record.
        this.handedOff = true;
        this.again = false;
        this.loadedId = rev.id;
        this.removeLocalCopy();
        handoffs.set(this.kind, { revision: rev, read: () => this.current(), sent: json });
        await this.router.navigate(['/contribute/revision', rev.id], { replaceUrl: true });
        return;
      }
      if (unchanged) this.removeLocalCopy();
      this.accept(rev);
      if (rev.id !== id) {
        // Changes were requested: the reviewed revision stays as it was, this is the next one.
        this.loadedId = rev.id;
        if (!unchanged) this.writeLocalCopy(this.current());
        await this.router.navigate(['/contribute/revision', rev.id], { replaceUrl: true });
      }
    } catch (e) {
      if (e instanceof DraftConflict) {
        this.conflict.set(e.current);
        this.saveState.set({
          kind: 'failed',
          reason: $localize`:@@contribute.status.conflict:the draft was saved meanwhile from elsewhere. Compare both versions below.`,
        });
        return;
      }
      const errors = formErrors(e);
      this.showErrors(errors);
      this.saveState.set({
        kind: 'failed',
        reason: errors['form'] ?? $localize`:@@contribute.status.checkFields:check the marked fields.`,
      });
    }
  }

  /** The API's refusal next to its fields; what belongs to none above the buttons. */
  protected showErrors(errors: Record<string, string>): void {
    this.errors.set(errors);
    for (const key of Object.keys(errors)) {
      const control = this.form.get(key);
      // A list's refusal (e.g. no source at all) is shown above its rows, not on a field.
      if (control && !(control instanceof FormArray)) {
        control.setErrors({ ...control.errors, server: true });
        control.markAsTouched();
      }
    }
  }

  private localKey(): string {
    return this.loadedId ? `ph-contribute:${this.loadedId}` : `ph-contribute:new:${this.newKey()}`;
  }

  private writeLocalCopy(value: V): void {
    try {
      sessionStorage.setItem(
        this.localKey(),
        JSON.stringify({ at: Date.now(), value } satisfies LocalCopy<V>),
      );
    } catch {
      // Storage full or refused: the form still holds everything.
    }
  }

  private removeLocalCopy(): void {
    if (!this.browser) return;
    try {
      sessionStorage.removeItem(this.localKey());
    } catch {
      // Nothing to remove.
    }
  }

  /** Offers this browser's copy when it is newer than `savedAt` and differs from what the form holds. */
  private offerLocalCopy(savedAt: number): void {
    if (!this.browser) return;
    try {
      const raw = sessionStorage.getItem(this.localKey());
      const copy = raw ? (JSON.parse(raw) as LocalCopy<V>) : undefined;
      if (
        copy?.value &&
        copy.at > savedAt &&
        JSON.stringify(this.toDraft({ ...this.empty, ...copy.value })) !==
          JSON.stringify(this.toDraft(this.current()))
      )
        this.restoreOffer.set(copy);
    } catch {
      // A copy that cannot be read is no copy.
    }
  }
}
