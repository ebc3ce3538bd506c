import { SEARCH_TOPIC_IDS } from '@peerhub/shared/util';
import { searchTopicLabels, searchTypeGroupLabel, searchValueLabel } from './search-labels';

describe('search facet labels', () => {
  it('labels every topic of the controlled vocabulary, each differently', () => {
    const labels = searchTopicLabels();
    expect(Object.keys(labels).sort()).toEqual([...SEARCH_TOPIC_IDS].sort());
    for (const id of SEARCH_TOPIC_IDS) {
      expect(searchValueLabel('topic', id, 'en')).toBe(labels[id]);
      expect(labels[id].trim()).not.toBe('');
    }
    expect(new Set(Object.values(labels)).size).toBe(SEARCH_TOPIC_IDS.length);
  });

  it('labels a kind-scoped type by its type, and names the kind’s group', () => {
    expect(searchValueLabel('type', 'organisation:ngo', 'en')).toBe('NGO');
    expect(searchValueLabel('type', 'organisation:user_led', 'en')).toBe('User-led organisation');
    expect(searchTypeGroupLabel('practice')).toBe('Practice form');
    expect(searchTypeGroupLabel('organisation')).toBe('Organisation type');
    expect(searchTypeGroupLabel('resource')).toBe('Document type');
  });
});
