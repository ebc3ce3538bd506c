import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  untracked,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { ContributionsStore } from '@peerhub/contributions/data-access';
import { LoadStateComponent } from '@peerhub/shared/ui';
import { OrganisationEditorComponent } from './organisation-editor.component';
import { PracticeEditorComponent } from './practice-editor.component';
import { ResourceEditorComponent } from './resource-editor.component';
import { knownKind } from './revision-kind';

/**
 * `/contribute/revision/:id`: the editor for the revision's kind — a resource's, an organisation profile's, or the
 * practice editor (practices, and country facts as before). A kind this browser has just had in hand (a new draft's
 * first save, "Suggest an edit") shows at once; otherwise the revision is asked first. When it cannot be read
 * (signed out, not found, not theirs) the practice editor says so, as it always has.
 */
type Editor = 'PRACTICE' | 'RESOURCE' | 'ORGANISATION';

function editorOf(kind: string): Editor {
  return kind === 'RESOURCE' || kind === 'ORGANISATION' ? kind : 'PRACTICE';
}

@Component({
  selector: 'ph-revision-page',
  imports: [
    LoadStateComponent,
    OrganisationEditorComponent,
    PracticeEditorComponent,
    ResourceEditorComponent,
  ],
  providers: [ContributionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (kind()) {
      @case ('RESOURCE') {
        <ph-resource-editor [id]="id()" />
      }
      @case ('ORGANISATION') {
        <ph-organisation-editor [id]="id()" />
      }
      @case ('PRACTICE') {
        <ph-practice-editor [id]="id()" />
      }
      @default {
        <div class="ph-page narrow">
          <ph-load-state [loading]="true" />
        </div>
      }
    }
  `,
})
export class RevisionPageComponent {
  readonly id = input.required<string>();
  private readonly store = inject(ContributionsStore);

  /** The kind of the route's revision, as far as known: known already, or as loaded. */
  private readonly found = computed((): Editor | undefined => {
    const id = this.id();
    const known = knownKind(id);
    if (known) return editorOf(known);
    const rev = this.store.revision.value()?.revision;
    if (rev?.id === id) return editorOf(rev.kind);
    return this.store.revision.status() === 'error' ? 'PRACTICE' : undefined;
  });
  /**
   * The editor shown. It stays while the next revision's kind is asked: an editor that moves itself on to the next
   * revision (changes were requested) must not be replaced for a moment, which would lose its state.
   */
  protected readonly kind = linkedSignal<Editor | undefined, Editor | undefined>({
    source: this.found,
    computation: (found, previous) => found ?? previous?.value,
  });

  constructor() {
    const title = inject(Title);
    effect(() => {
      const id = this.id();
      untracked(() => this.store.revisionId.set(knownKind(id) ? undefined : id));
    });
    // The route's title names a practice; the other kinds name themselves.
    effect(() => {
      this.id();
      const kind = this.kind();
      if (kind === 'RESOURCE')
        title.setTitle($localize`:@@contribute.resource.edit.tabTitle:Edit a resource — PeerHub Europe`);
      else if (kind === 'ORGANISATION')
        title.setTitle(
          $localize`:@@contribute.organisation.edit.tabTitle:Edit an organisation’s profile — PeerHub Europe`,
        );
    });
  }
}
